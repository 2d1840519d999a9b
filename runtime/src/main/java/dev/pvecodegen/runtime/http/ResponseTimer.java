package dev.pvecodegen.runtime.http;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how long a blocking {@code HttpClient.send} waits for the answer's headers, by interrupting the waiting
 * thread ({@code send} cancels the exchange when interrupted).
 *
 * <p>Why not {@code HttpRequest.timeout()}: java.net.http may report it as a <em>connect</em> timeout even after the
 * request went out, which would make failover resend it. Why not {@code sendAsync(...).get(timeout)}: every
 * {@code sendAsync} completion hops to the common pool, which on a 2-CPU machine starts a new thread per request
 * (measured in BENCHMARKS.md). A blocking {@code send} completes on the caller's thread; one timer thread per client
 * serves all deadlines.
 */
public final class ResponseTimer implements AutoCloseable {
    private final ScheduledThreadPoolExecutor timer;

    public ResponseTimer(ThreadFactory threads) {
        timer = new ScheduledThreadPoolExecutor(1, threads);
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Arms a deadline for the current thread; close the returned handle when the answer's headers arrived. */
    public Deadline start(Duration timeout) {
        Deadline deadline = new Deadline(Thread.currentThread(), timeout);
        deadline.task = timer.schedule(deadline::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
        return deadline;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One armed deadline. Expiry and completion race under the instance's lock, so no stray interrupt escapes. */
    public static final class Deadline implements AutoCloseable {
        private final Thread waiter;
        private final Duration timeout;
        private ScheduledFuture<?> task;
        private boolean finished;
        private boolean expired;

        private Deadline(Thread waiter, Duration timeout) {
            this.waiter = waiter;
            this.timeout = timeout;
        }

        private synchronized void expire() {
            if (!finished) {
                expired = true;
                waiter.interrupt();
            }
        }

        /**
         * Turns the interruption this deadline caused into the timeout it stands for; rethrows any other one.
         */
        public HttpTimeoutException timedOut(InterruptedException interrupted) throws InterruptedException {
            synchronized (this) {
                finished = true;
                if (!expired) {
                    throw interrupted;
                }
            }
            Thread.interrupted(); // the interrupt was ours, not the caller's
            HttpTimeoutException timedOut = new HttpTimeoutException("no answer within " + timeout.toMillis() + " ms");
            timedOut.initCause(interrupted);
            return timedOut;
        }

        @Override
        public void close() {
            synchronized (this) {
                finished = true;
                if (expired) {
                    Thread.interrupted(); // expired just after the answer arrived: clear our interrupt
                }
            }
            task.cancel(false);
        }
    }
}
