package dev.pvecodegen.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The checksum files beside a staged file: MD5 and SHA-1 are required by Central, SHA-256/512 checked if there. */
final class Checksums {
    /** Extension → JDK digest name; the first two are required. */
    private static final Map<String, String> ALGORITHMS =
            Map.of("md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256", "sha512", "SHA-512");

    private static final List<String> REQUIRED = List.of("md5", "sha1");

    private Checksums() {}

    /** Problems with the checksums of {@code file}; empty when the required ones exist and all present match. */
    static List<String> check(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String extension : List.of("md5", "sha1", "sha256", "sha512")) {
            Path sum = file.resolveSibling(file.getFileName() + "." + extension);
            if (!Files.exists(sum)) {
                if (REQUIRED.contains(extension)) {
                    problems.add(file.getFileName() + "." + extension + " missing");
                }
                continue;
            }
            String expected = firstWord(Files.readString(sum)).toLowerCase(Locale.ROOT);
            String actual = digest(file, ALGORITHMS.get(extension));
            if (!expected.equals(actual)) {
                problems.add(file.getFileName() + "." + extension + " does not match the file");
            }
        }
        return problems;
    }

    /** A checksum file holds the digest, possibly followed by the file name ({@code sha1sum} style). */
    private static String firstWord(String text) {
        String stripped = text.strip();
        int end = 0;
        while (end < stripped.length() && !Character.isWhitespace(stripped.charAt(end))) {
            end++;
        }
        return stripped.substring(0, end);
    }

    static String digest(Path file, String algorithm) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
