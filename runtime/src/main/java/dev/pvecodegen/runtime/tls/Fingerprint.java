package dev.pvecodegen.runtime.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 certificate fingerprints in the form PVE shows them: {@code AB:CD:…} (32 bytes). */
public final class Fingerprint {
    private Fingerprint() {}

    /**
     * Normalises a fingerprint to upper-case colon form. Accepts colons, spaces or nothing between the bytes, any
     * case, and an optional {@code SHA256:} or {@code sha256/} prefix.
     *
     * @throws IllegalArgumentException when it is not 32 hex bytes
     */
    public static String normalize(String fingerprint) {
        if (fingerprint == null) {
            throw new IllegalArgumentException("fingerprint must not be null");
        }
        String hex = fingerprint
                .strip()
                .replaceFirst("(?i)^sha-?256[:/ ]", "")
                .replaceAll("[:\\s-]", "")
                .toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            // Not repeated: what is given where a fingerprint belongs may be a secret in the wrong argument.
            throw new IllegalArgumentException("the fingerprint is not a SHA-256 fingerprint: expected 32"
                    + " hex bytes such as AB:CD:EF:... (PVE shows it under Node > System > Certificates)");
        }
        StringBuilder out = new StringBuilder(95);
        for (int i = 0; i < 64; i += 2) {
            if (i > 0) {
                out.append(':');
            }
            out.append(hex, i, i + 2);
        }
        return out.toString();
    }

    /** The fingerprint of a certificate, in PVE's form. */
    public static String of(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }
}
