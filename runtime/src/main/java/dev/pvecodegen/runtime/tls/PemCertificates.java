package dev.pvecodegen.runtime.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads one or more PEM certificates (a CA file or bundle such as {@code /etc/pve/pve-root-ca.pem}). */
public final class PemCertificates {
    private PemCertificates() {}

    public static List<X509Certificate> read(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read CA certificate file " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<X509Certificate> parse(byte[] pem, String source) {
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem))) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException(source + " contains no PEM certificate");
            }
            return certificates;
        } catch (CertificateException e) {
            throw new IllegalArgumentException(source + " is not a PEM certificate file: " + e.getMessage(), e);
        }
    }
}
