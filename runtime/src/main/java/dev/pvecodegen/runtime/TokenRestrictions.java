package dev.pvecodegen.runtime;

import java.util.List;
import java.util.Optional;

/**
 * Calls the server refuses with an API token although the schema does not say so: the console endpoints
 * ({@code vncwebsocket}, {@code termproxy}, {@code vncshell}) reject a {@code user@realm!token} identity.
 * Operations the schema marks {@code allowtoken: 0} come with {@link ApiRequest#allowToken()} false.
 */
final class TokenRestrictions {
    private static final List<String> CONSOLE_ENDPOINTS = List.of("/vncwebsocket", "/termproxy", "/vncshell");

    private TokenRestrictions() {}

    /** Why the request cannot be sent with a token, if it cannot. */
    static Optional<String> refusal(ApiRequest request) {
        if (!request.allowToken()) {
            return Optional.of(request.describe() + " cannot be called with an API token: the server refuses"
                    + " tokens for this operation (allowtoken: 0)");
        }
        for (String console : CONSOLE_ENDPOINTS) {
            if (request.pathTemplate().endsWith(console)) {
                return Optional.of(request.describe() + " cannot be called with an API token: console endpoints"
                        + " reject token identities");
            }
        }
        return Optional.empty();
    }
}
