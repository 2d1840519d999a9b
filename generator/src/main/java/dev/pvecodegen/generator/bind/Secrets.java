package dev.pvecodegen.generator.bind;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which values are credentials, so that {@code toString()} of generated classes redacts them: a wire name that
 * contains {@code password}, {@code passwd}, {@code secret} or {@code ticket}, has the word {@code token}
 * ({@code CSRFPreventionToken}, not {@code tokenid}) or is {@code key}; and the {@code value} a token creation
 * answers with (the token's secret).
 */
final class Secrets {
    private static final Pattern SECRET = Pattern.compile("password|passwd|secret|ticket");
    private static final Pattern TOKEN_WORD = Pattern.compile("(^|[^a-z])token($|[^a-z])");
    // Compiled once: every field and key of every type is asked (String.replaceAll compiles on each call).
    private static final Pattern HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    private Secrets() {}

    static boolean isSecret(String wireName, Site site) {
        String name = wireName.toLowerCase(Locale.ROOT);
        String words = HUMP.matcher(wireName).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
        return SECRET.matcher(name).find()
                || TOKEN_WORD.matcher(words).find()
                || name.equals("key")
                || (name.equals("value") && site.path().contains("/token/"));
    }
}
