package dev.pvecodegen.runtime;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.Supplier;

/** Repeats a call as the {@link RetryPolicy} allows, waiting with the injected {@link Sleeper}. */
final class CallRetrier {
    private static final System.Logger LOG = System.getLogger("dev.pvecodegen.runtime");

    private final RetryPolicy policy;
    private final Sleeper sleeper;

    CallRetrier(RetryPolicy policy, Sleeper sleeper) {
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /**
     * Runs the call, repeating it while the policy allows. Attempts are counted as requests on the wire: a GET
     * that java.net.http already sent twice (see {@link TransportException#sends()}) used two, and it is repeated
     * only while two more remain, so the server never sees more than {@link RetryPolicy#maxAttempts()} requests.
     */
    <T> T run(ApiRequest request, Supplier<T> call) {
        int sent = 0;
        for (int round = 1; ; round++) {
            try {
                return call.get();
            } catch (PveException failure) {
                int sends = failure instanceof TransportException transport ? transport.sends() : 1;
                sent += sends;
                if (sent + sends > policy.maxAttempts() || !policy.isRetryable(request.verb(), failure)) {
                    throw failure;
                }
                Duration delay = policy.delayAfter(round);
                int next = sent + 1;
                LOG.log(
                        Level.INFO,
                        () -> request.describe() + " failed (" + firstLine(failure.getMessage()) + "); attempt " + next
                                + " of " + policy.maxAttempts() + " in " + delay.toMillis() + " ms");
                pause(request, delay, failure);
            }
        }
    }

    private void pause(ApiRequest request, Duration delay, PveException failure) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
            throw new PveException("interrupted while waiting to repeat " + request.describe(), failure);
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
