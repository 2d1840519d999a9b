package dev.pvecodegen.schema.read;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS trust for fetching a schema from a Proxmox host with a self-signed certificate: either pin the leaf
 * certificate's SHA-256 fingerprint (preferred) or, when explicitly asked, trust anything.
 */
final class TlsTrust {

    private TlsTrust() {}

    /** An SSL context that accepts only the server certificate with this SHA-256 fingerprint. */
    static SSLContext pinned(String fingerprint) throws GeneralSecurityException {
        String expected = normalise(fingerprint);
        if (expected.length() != 64) {
            throw new IllegalArgumentException("a SHA-256 fingerprint has 32 bytes (64 hex digits): " + fingerprint);
        }
        return context(new Accepting(expected));
    }

    /** An SSL context that accepts every certificate: only on explicit request. */
    static SSLContext insecure() throws GeneralSecurityException {
        return context(new Accepting(null));
    }

    static String normalise(String fingerprint) {
        return fingerprint.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static SSLContext context(X509ExtendedTrustManager manager) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {manager}, null);
        return context;
    }

    /**
     * Checks the leaf certificate against a fingerprint, or nothing when none is given. Being an
     * {@link X509ExtendedTrustManager}, it also replaces host-name verification: a pinned certificate identifies
     * the host by itself.
     */
    private static final class Accepting extends X509ExtendedTrustManager {
        private final String expected;

        Accepting(String expected) {
            this.expected = expected;
        }

        private void check(X509Certificate[] chain) throws CertificateException {
            if (expected == null) {
                return;
            }
            if (chain == null || chain.length == 0) {
                throw new CertificateException("server sent no certificate");
            }
            String actual;
            try {
                actual = HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded()));
            } catch (NoSuchAlgorithmException e) {
                throw new CertificateException(e);
            }
            if (!actual.equals(expected)) {
                throw new CertificateException("server certificate fingerprint " + actual
                        + " does not match the pinned fingerprint " + expected);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("client certificates are not accepted");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("client certificates are not accepted");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not accepted");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
