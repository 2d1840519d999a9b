package dev.pvecodegen.runtime.auth;

import java.util.Objects;

/** The answer to a {@link TfaChallenge}: a method and its code. {@link #toString()} hides the code. */
public final class TfaResponse {
    private final String method;
    private final String code;

    private TfaResponse(String method, String code) {
        this.method = Objects.requireNonNull(method, "method");
        this.code = Objects.requireNonNull(code, "code");
        if (method.isEmpty() || method.indexOf(':') >= 0) {
            throw new IllegalArgumentException("TFA method must be a non-empty word: " + method);
        }
    }

    /** A time-based one-time password from an authenticator app. */
    public static TfaResponse totp(String code) {
        return new TfaResponse("totp", code);
    }

    /** One of the account's recovery keys. */
    public static TfaResponse recovery(String key) {
        return new TfaResponse("recovery", key);
    }

    /** A Yubico OTP. */
    public static TfaResponse yubico(String otp) {
        return new TfaResponse("yubico", otp);
    }

    /** A WebAuthn assertion, as JSON. */
    public static TfaResponse webauthn(String assertionJson) {
        return new TfaResponse("webauthn", assertionJson);
    }

    /** Any method the server offers. */
    public static TfaResponse of(String method, String code) {
        return new TfaResponse(method, code);
    }

    public String method() {
        return method;
    }

    /** {@code method:code}, the form the server expects in the {@code password} field of the second step. */
    String wireForm() {
        return method + ":" + code;
    }

    @Override
    public String toString() {
        return "TfaResponse[" + method + ", code=***]";
    }
}
