package dev.pvecodegen.runtime.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Checks server certificates per {@link TlsSettings}: a pinned fingerprint for the peer (looked up as
 * {@code host:port}, then {@code host}, then the pins for every host) decides alone; otherwise the PKIX delegate
 * checks chain and host name (the JSSE delegate performs the host name check because the HTTP client asks for
 * HTTPS endpoint identification).
 */
final class ProxmoxTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager delegate;
    private final Map<String, Set<String>> pinsByHost;
    private final Set<String> pinsForAll;
    private final boolean insecure;

    ProxmoxTrustManager(X509ExtendedTrustManager delegate, TlsSettings settings) {
        this.delegate = delegate;
        this.pinsByHost = settings.pinsByHost();
        this.pinsForAll = settings.pinsForAll();
        this.insecure = settings.insecure();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        if (insecure) {
            return;
        }
        String host = engine == null ? null : engine.getPeerHost();
        int port = engine == null ? -1 : engine.getPeerPort();
        Set<String> pins = pinsFor(host, port);
        if (pins.isEmpty()) {
            delegate.checkServerTrusted(chain, authType, engine);
            return;
        }
        checkPinned(chain, pins, host, port);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        if (insecure) {
            return;
        }
        String host = socket == null ? null : socket.getInetAddress().getHostName();
        int port = socket == null ? -1 : socket.getPort();
        Set<String> pins = pinsFor(host, port);
        if (pins.isEmpty()) {
            delegate.checkServerTrusted(chain, authType, socket);
            return;
        }
        checkPinned(chain, pins, host, port);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (insecure) {
            return;
        }
        if (pinsForAll.isEmpty()) {
            delegate.checkServerTrusted(chain, authType);
            return;
        }
        checkPinned(chain, pinsForAll, null, -1);
    }

    private Set<String> pinsFor(String host, int port) {
        if (host != null) {
            Set<String> pins = pinsByHost.get(host + ":" + port);
            if (pins == null) {
                pins = pinsByHost.get(host);
            }
            if (pins != null) {
                return pins;
            }
        }
        return pinsForAll;
    }

    private static void checkPinned(X509Certificate[] chain, Set<String> pins, String host, int port)
            throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server sent no certificate");
        }
        String actual = Fingerprint.of(chain[0]);
        if (!pins.contains(actual)) {
            throw new CertificateException("the certificate of " + (host == null ? "the server" : host + ":" + port)
                    + " has SHA-256 fingerprint " + actual + ", which is not pinned (pinned: "
                    + String.join(", ", new TreeSet<>(pins)) + ")");
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("this client does not accept client connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("this client does not accept client connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this client does not accept client connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
