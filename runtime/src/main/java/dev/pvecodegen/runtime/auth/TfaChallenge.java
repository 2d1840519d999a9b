package dev.pvecodegen.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * The second-factor challenge of a login: which methods the account offers ({@code totp}, {@code recovery},
 * {@code yubico}, {@code webauthn}, …) and the raw challenge (for WebAuthn, whose answer signs it).
 *
 * @param user the user logging in
 * @param methods the methods the server offers
 * @param challenge the challenge JSON as the server sent it
 */
public record TfaChallenge(String user, Set<String> methods, JsonNode challenge) {
    public TfaChallenge {
        methods = Set.copyOf(methods);
    }

    public boolean offers(String method) {
        return methods.contains(method);
    }
}
