package dev.pvecodegen.runtime.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Bounds a whole exchange, from sending the request until the last byte of the answer's body was read:
 * {@code HttpClient.send} cancels the exchange when its thread is interrupted, and a blocked read of the body stream
 * fails once the stream is closed. A server that sends its headers and then trickles the body is cut off at the same limit
 * as one that never answers.
 *
 * <p>Why not {@code HttpRequest.timeout()}: java.net.http may report it as a <em>connect</em> timeout even after the
 * request went out, which would make failover resend it, and it stops at the headers. Why not
 * {@code sendAsync(...).get(timeout)}: every {@code sendAsync} completion hops to the common pool, which on a 2-CPU
 * machine starts a new thread per request (measured in BENCHMARKS.md). A blocking {@code send} completes on the
 * caller's thread; one timer thread per client serves all deadlines, and ends when idle.
 */
public final class ResponseTimer implements AutoCloseable {
    private static final long IDLE_THREAD_SECONDS = 30;

    private final ScheduledThreadPoolExecutor timer;

    public ResponseTimer(ThreadFactory threads) {
        timer = new ScheduledThreadPoolExecutor(1, threads);
        timer.setRemoveOnCancelPolicy(true);
        // A client nobody closes must not keep a thread for ever; a busy one keeps its timer thread.
        timer.setKeepAliveTime(IDLE_THREAD_SECONDS, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
    }

    /** Arms a deadline for the current thread; close it (or the stream {@link Deadline#bound} gave) when done. */
    public Deadline start(Duration timeout) {
        Deadline deadline = new Deadline(Thread.currentThread(), timeout);
        deadline.task = timer.schedule(deadline::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
        return deadline;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** {@code 700 ms}, {@code 2 s}, {@code 1.5 s}: a limit as messages show it. */
    static String describe(Duration limit) {
        long millis = limit.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.3f s", millis / 1e3);
    }

    /**
     * One armed deadline. Until the headers arrive it interrupts the waiting thread ({@code send} is interruptible);
     * afterwards it closes the body stream, since java.net.http's body stream swallows interrupts and would block on.
     * Expiry and completion race under the instance's lock, so no stray interrupt escapes.
     */
    public static final class Deadline implements AutoCloseable {
        private final Thread waiter;
        private final Duration timeout;
        private ScheduledFuture<?> task;
        private InputStream body;
        private boolean finished;
        private boolean expired;
        private boolean interruptedWaiter;

        private Deadline(Thread waiter, Duration timeout) {
            this.waiter = waiter;
            this.timeout = timeout;
        }

        private synchronized void expire() {
            if (finished) {
                return;
            }
            expired = true;
            if (body != null) {
                closeQuietly(body);
            } else {
                interruptedWaiter = true;
                waiter.interrupt();
            }
        }

        /** The limit this deadline enforces. */
        public Duration limit() {
            return timeout;
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
                return timeout(interrupted);
            }
        }

        /**
         * For a failure while reading the body under this deadline: the timeout it stands for when the deadline
         * fired (closing the stream made the read fail), otherwise the failure itself.
         */
        synchronized IOException explain(IOException failure) {
            if (!expired) {
                return failure;
            }
            finished = true;
            return timeout(failure);
        }

        private HttpTimeoutException timeout(Throwable cause) {
            clearOurInterrupt();
            HttpTimeoutException timedOut =
                    new HttpTimeoutException("no complete answer within the request timeout of " + describe(timeout));
            timedOut.initCause(cause);
            return timedOut;
        }

        /** The interrupt was ours, not the caller's: take it back (only ever called on the waiting thread). */
        private void clearOurInterrupt() {
            if (interruptedWaiter) {
                interruptedWaiter = false;
                Thread.interrupted();
            }
        }

        /**
         * The answer's body, read under this deadline; closing the stream ends the deadline. A read that the
         * deadline cut short fails with an {@link HttpTimeoutException}.
         */
        public InputStream bound(InputStream answer) {
            synchronized (this) {
                body = answer;
                if (expired) {
                    // Fired as the headers arrived: its interrupt hit nothing; end the body instead.
                    clearOurInterrupt();
                    closeQuietly(answer);
                }
            }
            return new BoundBody(answer, this);
        }

        @Override
        public void close() {
            synchronized (this) {
                finished = true;
                clearOurInterrupt(); // expired just after the answer arrived
            }
            task.cancel(false);
        }

        private static void closeQuietly(InputStream stream) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // closing is how the read is stopped; a failure to close changes nothing
            }
        }
    }

    /** A body stream whose reads are bounded by a deadline, and whose closing ends it. */
    private static final class BoundBody extends FilterInputStream {
        private final Deadline deadline;

        BoundBody(InputStream body, Deadline deadline) {
            super(body);
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw deadline.explain(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw deadline.explain(e);
            }
        }

        @Override
        public long skip(long count) throws IOException {
            try {
                return super.skip(count);
            } catch (IOException e) {
                throw deadline.explain(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                deadline.close();
            }
        }
    }
}
