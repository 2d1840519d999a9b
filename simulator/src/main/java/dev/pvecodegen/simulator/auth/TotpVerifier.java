package dev.pvecodegen.simulator.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30 second steps, 6 digits, secrets in
 * base32 as authenticator apps and Proxmox use them. One step of clock drift either way is accepted.
 */
public final class TotpVerifier {
    private static final int STEP_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private TotpVerifier() {}

    /** The code an authenticator app shows at {@code time} for a base32 {@code secret}. */
    public static String code(String secret, Instant time) {
        return codeForCounter(decodeBase32(secret), Math.floorDiv(time.getEpochSecond(), STEP_SECONDS));
    }

    /** True when {@code code} is valid at {@code time} or one step before or after. */
    public static boolean verify(String secret, String code, Instant time) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return false;
        }
        byte[] key = decodeBase32(secret);
        long counter = Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
        for (long drift = -1; drift <= 1; drift++) {
            if (MessageDigest.isEqual(
                    codeForCounter(key, counter + drift).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private static String codeForCounter(byte[] key, long counter) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }

    /** Decodes RFC 4648 base32, ignoring case, spaces and padding. */
    static byte[] decodeBase32(String text) {
        String clean = text.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < clean.length(); i++) {
            int value = BASE32.indexOf(clean.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a base32 secret");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return Arrays.copyOf(out.array(), out.position());
    }
}
