package dev.pvecodegen.runtime.tls;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/** Builds the {@link SSLContext} for a {@link TlsSettings}. */
public final class TlsContexts {
    private static final System.Logger LOG = System.getLogger("dev.pvecodegen.runtime");

    private TlsContexts() {}

    public static SSLContext create(TlsSettings settings) {
        if (settings.insecure()) {
            LOG.log(
                    Level.WARNING,
                    "TLS certificate verification is DISABLED (insecure()): any server, including"
                            + " a man in the middle, is trusted with the credentials. Pin the certificate with"
                            + " fingerprint(\"AB:CD:…\") or trust the cluster CA with caCertificate(pve-root-ca.pem)"
                            + " instead.");
        }
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new ProxmoxTrustManager(pkix(settings), settings)}, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static X509ExtendedTrustManager pkix(TlsSettings settings) throws GeneralSecurityException, IOException {
        if (settings.caCertificates().isEmpty()) {
            return SystemTrust.MANAGER;
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int index = 0;
        for (X509Certificate certificate : settings.caCertificates()) {
            store.setCertificateEntry("ca-" + index++, certificate);
        }
        return fromStore(store);
    }

    private static X509ExtendedTrustManager fromStore(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                return extended;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager available");
    }

    /** The JVM's trust store, read once: loading cacerts for every client would cost more than the handshake. */
    private static final class SystemTrust {
        static final X509ExtendedTrustManager MANAGER;

        static {
            try {
                MANAGER = fromStore(null);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot load the JVM trust store: " + e.getMessage(), e);
            }
        }
    }
}
