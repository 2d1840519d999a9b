package dev.pvecodegen.runtime.http;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;

/**
 * Sorts the I/O failures of {@code java.net.http} into: connection phase (nothing was sent; safe to try another
 * host), timeouts after sending (the server may be working on it; never resent), and broken connections.
 */
final class ConnectionFailures {
    private ConnectionFailures() {}

    /** Refused, unknown host, no route, connect timeout or failed TLS handshake: the request never left. */
    static boolean isConnectionPhase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException
                    || t instanceof ConnectException
                    || t instanceof UnresolvedAddressException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t instanceof SSLHandshakeException
                    || t instanceof CertificateException) {
                return true;
            }
        }
        return false;
    }

    /** The answer did not arrive in time; the request may have been processed. */
    static boolean isResponseTimeout(Throwable failure) {
        return failure instanceof HttpTimeoutException && !(failure instanceof HttpConnectTimeoutException);
    }

    /** The connection broke under way (reset by peer, closed, truncated answer). */
    static boolean isConnectionReset(IOException failure) {
        if (failure instanceof EOFException) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("reset")
                    || message.contains("closed")
                    || message.contains("broken pipe")
                    || message.contains("eof")) {
                return true;
            }
        }
        return false;
    }

    /** A short human description, e.g. {@code "connection refused"}; holds no request data. */
    static String describe(Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "connect timed out";
        }
        if (isResponseTimeout(failure)) {
            return "no answer within the request timeout";
        }
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertificateException) {
                return "TLS certificate rejected: " + t.getMessage();
            }
            root = t;
        }
        if (root instanceof UnresolvedAddressException || root instanceof UnknownHostException) {
            return "unknown host";
        }
        if (failure instanceof SSLHandshakeException) {
            return "TLS handshake failed: " + failure.getMessage();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        if (failure instanceof ConnectException || root instanceof ConnectException) {
            return "connection refused" + message;
        }
        return root.getClass().getSimpleName() + message;
    }
}
