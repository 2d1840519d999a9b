package dev.pvecodegen.runtime.record;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which names and values are secrets. The apidoc has no attribute that marks a secret: passwords, keys and tokens are
 * ordinary strings there, recognisable only by their names and descriptions. So the rules are by name, by operation
 * (a {@code value} is a secret only in a token's answer) and by shape (a value that looks like a ticket is one, under
 * whatever name); a test walks every property of the three real schemas whose description speaks of a password,
 * secret or key and checks that these rules cover it.
 */
public final class SecretRules {
    /** Property and parameter names that are secrets wherever they occur (lower case, {@code _} as {@code -}). */
    static final Set<String> NAMES = Set.of(
            "password",
            "passwd",
            "secret",
            "token",
            "ticket",
            "vncticket",
            "csrfpreventiontoken",
            "otp",
            "tfa-challenge",
            "keyring",
            "client-key",
            "privkey",
            "api-key",
            "apikey");

    /** Name endings that make a name a secret: {@code cipassword}, {@code new-password}, {@code eab-hmac-key}, … */
    static final List<String> SUFFIXES = List.of(
            "password",
            "-secret",
            "secret-key",
            "-token",
            "-ticket",
            "hmac-key",
            "private-key",
            "encryption-key",
            "access-key",
            "authkey");

    /** Names that match a suffix but hold no secret: a flag asking the server to make a password. */
    static final Set<String> NOT_SECRETS = Set.of("generate-password");

    /** Names that are secrets only in some operations' parameters and answers. */
    private record OperationRule(Pattern template, Set<String> names) {}

    private static final List<OperationRule> OPERATIONS = List.of(
            // the secret of a created or regenerated API token (PVE {tokenid}, PBS {token-name})
            new OperationRule(Pattern.compile("/access/users/\\{[^}]+}/token/\\{[^}]+}"), Set.of("value")),
            // TOTP secrets (otpauth URIs), one-time codes and the recovery keys a new TFA entry answers with
            new OperationRule(Pattern.compile("/access/tfa(/.*)?"), Set.of("totp", "value", "recovery")),
            // the subscription key
            new OperationRule(Pattern.compile(".*/subscription"), Set.of("key")),
            // DNS API credentials of ACME plugins
            new OperationRule(Pattern.compile(".*/acme/plugins(/\\{[^}]+})?"), Set.of("data")),
            // the OpenID authorization code
            new OperationRule(Pattern.compile(".*/openid/login"), Set.of("code", "state")),
            // the private key of a custom certificate
            new OperationRule(Pattern.compile("/nodes/\\{node}/certificates/custom"), Set.of("key")));

    /** Values that are secrets under any name: private keys, tickets, CSRF tokens, TOTP URIs, token headers. */
    private static final List<Pattern> SECRET_VALUES = List.of(
            Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----"),
            Pattern.compile("\\b(?:PVE|PBS|PMG)[A-Z]*:\\S*::[A-Za-z0-9+/=_-]{16,}"),
            Pattern.compile("^[0-9A-Fa-f]{8}:[A-Za-z0-9+/]{43}$"),
            Pattern.compile("(?i)otpauth://"),
            Pattern.compile("(?:PVE|PBS)APIToken[= ]"),
            Pattern.compile("(?:PVE|PBS)AuthCookie="));

    /**
     * Property strings with a credential entry whose key does not say so, by property name: the TOTP or Yubico API
     * key of a realm's second factor ({@code tfa: type=yubico,id=…,key=…}, format {@code pve-tfa-config}).
     */
    private static final Map<String, Set<String>> SECRET_ENTRIES = Map.of("tfa", Set.of("key"));

    /** One {@code key=value} entry of a property string; the value runs to the next comma. */
    private static final Pattern ENTRY = Pattern.compile("(^|,)\\s*([A-Za-z][A-Za-z0-9_-]*)=([^,]*)");

    /** {@code scheme://user:password@host}: only the password is a secret. */
    private static final Pattern URL_PASSWORD = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^/@\\s:]*:)[^/@\\s]+@");

    private SecretRules() {}

    /** Whether the property or parameter {@code name} of operation {@code template} holds a secret. */
    public static boolean isSecretName(String template, String name) {
        String normalized = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (NAMES.contains(normalized)) {
            return true;
        }
        if (NOT_SECRETS.contains(normalized)) {
            return false;
        }
        for (String suffix : SUFFIXES) {
            if (normalized.endsWith(suffix)) {
                return true;
            }
        }
        for (OperationRule rule : OPERATIONS) {
            if (rule.names().contains(normalized)
                    && rule.template().matcher(template).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a string is a secret whatever its name. */
    public static boolean isSecretValue(String value) {
        for (Pattern pattern : SECRET_VALUES) {
            if (pattern.matcher(value).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with the value of every property-string entry that holds a secret replaced: an entry whose key is a
     * secret name ({@code password=…}, {@code api-key=…}) in any string, and the entries {@link #SECRET_ENTRIES}
     * lists for the property {@code name}.
     */
    static String withoutSecretEntries(String template, String name, String value, String replacement) {
        if (value.indexOf('=') < 0) {
            return value;
        }
        Set<String> listed = SECRET_ENTRIES.getOrDefault(name.toLowerCase(Locale.ROOT), Set.of());
        Matcher entry = ENTRY.matcher(value);
        StringBuilder result = new StringBuilder();
        while (entry.find()) {
            String key = entry.group(2);
            boolean secret = listed.contains(key.toLowerCase(Locale.ROOT)) || isSecretName(template, key);
            entry.appendReplacement(
                    result,
                    Matcher.quoteReplacement(
                            secret ? value.substring(entry.start(), entry.start(3)) + replacement : entry.group()));
        }
        entry.appendTail(result);
        return result.toString();
    }

    /** The text with the password of every URL with credentials replaced ({@code http://user:…@proxy}). */
    static String withoutUrlPasswords(String value, String replacement) {
        if (value.indexOf('@') < 0) {
            return value;
        }
        return URL_PASSWORD.matcher(value).replaceAll("$1" + Matcher.quoteReplacement(replacement) + "@");
    }
}
