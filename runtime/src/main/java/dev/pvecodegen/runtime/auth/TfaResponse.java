package dev.pvecodegen.runtime.auth;

import java.util.Objects;
import java.util.regex.Pattern;

/** The answer to a {@link TfaChallenge}: a method and its code. {@link #toString()} hides the code. */
public final class TfaResponse {
    /** Method names as the servers know them: totp, recovery, yubico, webauthn, u2f. */
    private static final Pattern METHOD = Pattern.compile("[A-Za-z]{1,32}");

    private final String method;
    private final String code;

    private TfaResponse(String method, String code) {
        this.method = Objects.requireNonNull(method, "method");
        this.code = Objects.requireNonNull(code, "code");
        if (!METHOD.matcher(method).matches()) {
            // Not repeated: a code given in the method's place would show.
            throw new IllegalArgumentException("the TFA method must be a word of letters such as totp, recovery,"
                    + " yubico or webauthn; are the method and the code swapped?");
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
