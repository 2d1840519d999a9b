package dev.pvecodegen.runtime;

/**
 * No usable answer arrived from {@link #host()}: connection refused, DNS, TLS handshake, timeout, reset. The cause
 * is the underlying I/O exception. {@link #mayHaveReachedServer()} tells whether the request could have been
 * processed (then the client did not resend it).
 */
public class TransportException extends PveException {
    private static final long serialVersionUID = 1L;

    private final String host;
    private final boolean mayHaveReachedServer;
    private final boolean connectionReset;
    private final int sends;

    public TransportException(String message, String host, boolean mayHaveReachedServer, Throwable cause) {
        this(message, host, mayHaveReachedServer, false, cause);
    }

    public TransportException(
            String message, String host, boolean mayHaveReachedServer, boolean connectionReset, Throwable cause) {
        this(message, host, mayHaveReachedServer, connectionReset, cause, 1);
    }

    /**
     * @param sends how many times the request went out in this attempt: 2 when java.net.http repeated it by itself
     */
    public TransportException(
            String message,
            String host,
            boolean mayHaveReachedServer,
            boolean connectionReset,
            Throwable cause,
            int sends) {
        super(message, cause);
        this.host = host;
        this.mayHaveReachedServer = mayHaveReachedServer;
        this.connectionReset = connectionReset;
        this.sends = sends;
    }

    /**
     * How many times the request was sent in the attempt that failed: 1, or 2 for a GET whose connection closed
     * before any answer, which java.net.http repeats once by itself. The retry policy counts each send.
     */
    public int sends() {
        return sends;
    }

    /** The connection broke while the request or answer was under way (reset, closed, truncated). */
    public boolean isConnectionReset() {
        return connectionReset;
    }

    /** {@code host:port} of the last host tried. */
    public String host() {
        return host;
    }

    /** False for connection-phase failures (nothing was sent), true once the request may have been delivered. */
    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }
}
