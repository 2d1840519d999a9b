package dev.pvecodegen.simulator.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How many clients the server serves at once and how long each may take to send its request, after pveproxy: a
 * connection that does not deliver its request within {@code readTimeout} is closed (pveproxy's handle timeout is
 * 5 s), and at most {@code maxConnections} requests are served or wait for a worker (pveproxy's {@code max_conn}
 * is 800 per worker process); further ones are closed at once instead of piling up threads.
 *
 * @param readTimeout time for the TLS handshake, request line, headers and body, from the request's first byte (a
 *     request that waited for a worker still gets half a second once taken up)
 * @param workers threads handling requests
 * @param maxConnections requests being handled or waiting for a worker; at least {@code workers}
 */
public record ConnectionLimits(Duration readTimeout, int workers, int maxConnections) {

    public ConnectionLimits {
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("readTimeout must be positive: " + readTimeout);
        }
        if (workers < 1 || maxConnections < workers) {
            throw new IllegalArgumentException(
                    "need 1 <= workers <= maxConnections, got " + workers + " and " + maxConnections);
        }
    }

    /** 5 s to send a request, 64 worker threads, 800 requests at once. */
    public static ConnectionLimits defaults() {
        return new ConnectionLimits(Duration.ofSeconds(5), 64, 800);
    }
}
