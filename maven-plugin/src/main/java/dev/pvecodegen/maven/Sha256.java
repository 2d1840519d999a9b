package dev.pvecodegen.maven;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** SHA-256 helpers: lower-case hex, as printed by {@code sha256sum} and the apidoc README. */
final class Sha256 {

    private static final Pattern HEX_DIGEST = Pattern.compile("[0-9a-f]{64}");

    private Sha256() {}

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Normalises a user-supplied checksum: case and surrounding blanks are ignored, an optional {@code sha256:}
     * prefix is accepted. Returns {@code null} when the text is not a SHA-256 digest.
     */
    static String normalise(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("sha256:")) {
            value = value.substring("sha256:".length()).strip();
        }
        return HEX_DIGEST.matcher(value).matches() ? value : null;
    }
}
