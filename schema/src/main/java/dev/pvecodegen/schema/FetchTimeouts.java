package dev.pvecodegen.schema;

import java.time.Duration;
import java.util.Objects;

/**
 * How long downloading an {@code https://} schema may take. A server that accepts the connection and then stalls,
 * or trickles the body, fails the load at these limits instead of hanging a build.
 *
 * @param connect setting up the connection (TCP and TLS)
 * @param total the whole download, from sending the request to the last byte
 * @param idleRead the longest wait for the next bytes (the answer's headers included)
 */
public record FetchTimeouts(Duration connect, Duration total, Duration idleRead) {

    public FetchTimeouts {
        positive(connect, "connect");
        positive(total, "total");
        positive(idleRead, "idleRead");
    }

    /** 15 s to connect, 30 s without data, 60 s in all: a 3 MB schema needs 50 KB/s. */
    public static FetchTimeouts defaults() {
        return new FetchTimeouts(Duration.ofSeconds(15), Duration.ofSeconds(60), Duration.ofSeconds(30));
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " timeout must be positive: " + value);
        }
    }
}
