package dev.pvecodegen.examples;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an authenticator app computes (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits), written from the RFC so that the
 * tests check the simulator's verifier instead of reusing it.
 */
final class Totp {
    /** Base32 of the RFC 6238 test key "12345678901234567890". */
    static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static final byte[] KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private Totp() {}

    /** The code for {@link #SECRET} at {@code time}. */
    static String code(Instant time) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(KEY, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES)
                    .putLong(time.getEpochSecond() / 30)
                    .array());
            int offset = hash[hash.length - 1] & 0xf;
            int truncated = ByteBuffer.wrap(hash, offset, Integer.BYTES).getInt() & 0x7fffffff;
            return String.format(Locale.ROOT, "%06d", truncated % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
