package dev.pvecodegen.runtime;

import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLException;

/**
 * When and how often the client repeats a failed call. Only what is safe is repeated:
 * <ul>
 *   <li>idempotent calls (GET, PUT, DELETE) answered with one of {@link #statuses()} (by default 429, 502, 503,
 *       504 and the proxy pseudo statuses 595-599) or cut off by a connection reset;</li>
 *   <li>any call, POST included, that failed with the server's lock timeout ({@code can't lock file … got
 *       timeout}) or could not start its worker ({@code got no worker upid}): the server did nothing then.</li>
 * </ul>
 * When no host accepted a connection (refused, connect timeout, unknown host) the call is repeated whatever its
 * verb, since nothing was sent; failed TLS handshakes are not, as waiting does not fix a certificate.
 * A call that timed out waiting for its answer is never repeated: it may have been carried out. Waits grow
 * exponentially from {@code initialDelay} to {@code maxDelay}, each with "equal jitter" (half fixed, half random)
 * so that many clients do not retry in lock step.
 *
 * @param maxAttempts total attempts including the first; 1 disables retries
 */
public record RetryPolicy(
        int maxAttempts,
        Duration initialDelay,
        Duration maxDelay,
        Set<Integer> statuses,
        boolean retryLockTimeouts,
        DoubleSupplier random) {

    private static final Set<Integer> DEFAULT_STATUSES = Set.of(429, 502, 503, 504, 595, 596, 597, 598, 599);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay");
        }
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(random, "random");
    }

    /** 4 attempts, waits from 500 ms up to 8 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(
                4,
                Duration.ofMillis(500),
                Duration.ofSeconds(8),
                DEFAULT_STATUSES,
                true,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Never repeats a call. */
    public static RetryPolicy none() {
        return defaults().withMaxAttempts(1);
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialDelay, maxDelay, statuses, retryLockTimeouts, random);
    }

    public RetryPolicy withBackoff(Duration initial, Duration max) {
        return new RetryPolicy(maxAttempts, initial, max, statuses, retryLockTimeouts, random);
    }

    public RetryPolicy withStatuses(Set<Integer> retryStatuses) {
        return new RetryPolicy(maxAttempts, initialDelay, maxDelay, retryStatuses, retryLockTimeouts, random);
    }

    public RetryPolicy withLockTimeoutRetries(boolean enabled) {
        return new RetryPolicy(maxAttempts, initialDelay, maxDelay, statuses, enabled, random);
    }

    /** The source of jitter, a supplier of values in [0, 1); tests pass a constant. */
    public RetryPolicy withRandom(DoubleSupplier source) {
        return new RetryPolicy(maxAttempts, initialDelay, maxDelay, statuses, retryLockTimeouts, source);
    }

    /** Whether {@code failure} of a {@code verb} call may be repeated (attempt limits aside). */
    public boolean isRetryable(HttpVerb verb, PveException failure) {
        if (failure instanceof ApiException api) {
            if (retryLockTimeouts && (api.isLockTimeout() || api.isWorkerStartFailure())) {
                return true;
            }
            return verb.isIdempotent() && statuses.contains(api.status());
        }
        if (failure instanceof TransportException transport) {
            if (!transport.mayHaveReachedServer()) {
                return !isTlsFailure(transport); // nothing was sent; a refusing proxy may be restarting
            }
            return verb.isIdempotent() && transport.isConnectionReset();
        }
        return false;
    }

    /** Certificate problems do not go away by waiting. */
    private static boolean isTlsFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLException || t instanceof CertificateException) {
                return true;
            }
        }
        return false;
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failures (1-based). */
    public Duration delayAfter(int attempt) {
        long base = initialDelay.toNanos();
        long capped = maxDelay.toNanos();
        for (int i = 1; i < attempt && base < capped; i++) {
            base *= 2;
        }
        base = Math.min(base, capped);
        double jitter = Math.min(Math.max(random.getAsDouble(), 0), 1);
        long half = base / 2;
        return Duration.ofNanos(half + (long) (half * jitter));
    }
}
