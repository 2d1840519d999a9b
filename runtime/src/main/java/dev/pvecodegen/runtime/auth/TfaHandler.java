package dev.pvecodegen.runtime.auth;

/**
 * Answers the second-factor challenge during login, e.g. by asking the user for a TOTP code:
 * {@code challenge -> TfaResponse.totp(prompt("code"))}.
 */
@FunctionalInterface
public interface TfaHandler {
    TfaResponse respond(TfaChallenge challenge);
}
