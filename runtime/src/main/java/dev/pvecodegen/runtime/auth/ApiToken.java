package dev.pvecodegen.runtime.auth;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An API token: its id {@code USER@REALM!TOKENNAME} and its secret. Checked when created, so that a typo fails at
 * configuration time rather than with a delayed 401. {@link #toString()} never shows the secret.
 */
public final class ApiToken {
    /** user@realm!tokenname, as the server validates user ids and token names. */
    private static final Pattern TOKEN_ID =
            Pattern.compile("[^\\s:@!]+@[A-Za-z][A-Za-z0-9._-]*![A-Za-z][A-Za-z0-9._-]*");

    private final String tokenId;
    private final String secret;

    private ApiToken(String tokenId, String secret) {
        this.tokenId = tokenId;
        this.secret = secret;
    }

    /**
     * Checks and keeps an API token.
     *
     * @param tokenId {@code user@realm!tokenname}, e.g. {@code automation@pve!ci}
     * @param secret the token's secret (a UUID as the server creates it)
     * @throws IllegalArgumentException naming the problem; neither argument is repeated unless it is a valid
     *     token id, since a malformed id is often the secret given in the wrong place
     */
    public static ApiToken of(String tokenId, String secret) {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(secret, "secret");
        if (!TOKEN_ID.matcher(tokenId).matches()) {
            String hint = tokenId.indexOf('=') >= 0 || tokenId.indexOf(':') >= 0
                    ? "; it holds '=' or ':', so it may include the secret: pass USER@REALM!TOKENNAME=SECRET to"
                            + " apiToken(String) alone, or the two parts separately"
                    : "; are the id and the secret swapped?";
            throw new IllegalArgumentException(
                    "the API token id is not of the form USER@REALM!TOKENNAME (e.g." + " automation@pve!ci)" + hint);
        }
        if (secret.isEmpty() || secret.chars().anyMatch(c -> Character.isWhitespace(c) || c < 0x21 || c > 0x7E)) {
            throw new IllegalArgumentException(
                    "the secret of API token " + tokenId + " is empty or contains white space or non-ASCII characters");
        }
        return new ApiToken(tokenId, secret);
    }

    /**
     * Parses the combined form {@code USER@REALM!TOKENNAME=SECRET} (PVE) or {@code USER@REALM!TOKENNAME:SECRET}
     * (PBS), as written in the Authorization header without its scheme.
     */
    public static ApiToken parse(String combined) {
        Objects.requireNonNull(combined, "token");
        int bang = combined.indexOf('!');
        int separator = -1;
        for (int i = Math.max(bang, 0); i < combined.length(); i++) {
            char c = combined.charAt(i);
            if (c == '=' || c == ':') {
                separator = i;
                break;
            }
        }
        if (bang < 0 || separator < 0) {
            throw new IllegalArgumentException(
                    "the API token must look like USER@REALM!TOKENNAME=SECRET (or :SECRET for PBS)");
        }
        return of(combined.substring(0, separator), combined.substring(separator + 1));
    }

    public String tokenId() {
        return tokenId;
    }

    /** The user part of the token id, {@code user@realm}. */
    public String userId() {
        return tokenId.substring(0, tokenId.indexOf('!'));
    }

    String secret() {
        return secret;
    }

    /** {@code text} with every occurrence of this token's secret replaced, for recordings and reports. */
    public String withoutSecret(String text, String replacement) {
        return text.replace(secret, replacement);
    }

    @Override
    public String toString() {
        return "ApiToken[" + tokenId + ", secret=***]";
    }
}
