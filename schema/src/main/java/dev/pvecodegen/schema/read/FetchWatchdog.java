package dev.pvecodegen.schema.read;

import dev.pvecodegen.schema.FetchTimeouts;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Bounds one download by its total time and by the time between two reads. Until the headers arrive it interrupts
 * the reading thread (a blocked {@code HttpClient.send} is cancelled); then it closes the body stream, since
 * java.net.http's body stream swallows interrupts. Expiry and completion race under the instance's lock, so no stray
 * interrupt reaches the caller.
 */
final class FetchWatchdog implements AutoCloseable {
    private final Thread reader = Thread.currentThread();
    private final FetchTimeouts limits;
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> total;
    private ScheduledFuture<?> idle;
    private InputStream body;
    private boolean finished;
    private boolean interrupted;
    private String expiry;

    private FetchWatchdog(FetchTimeouts limits) {
        this.limits = limits;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "pvecodegen-schema-fetch");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.timer = executor;
    }

    /** Starts watching the current thread. */
    static FetchWatchdog start(FetchTimeouts limits) {
        FetchWatchdog watchdog = new FetchWatchdog(limits);
        synchronized (watchdog) {
            watchdog.total = watchdog.timer.schedule(
                    () -> watchdog.expire(
                            "did not send the whole answer within " + describe(limits.total()) + " (the total limit)"),
                    limits.total().toNanos(),
                    TimeUnit.NANOSECONDS);
            watchdog.rearmIdle();
        }
        return watchdog;
    }

    /** Bytes arrived: the idle limit starts again. */
    synchronized void progress() {
        if (!finished) {
            idle.cancel(false);
            rearmIdle();
        }
    }

    private void rearmIdle() {
        idle = timer.schedule(
                () -> expire("sent no data for " + describe(limits.idleRead()) + " (the idle-read limit)"),
                limits.idleRead().toNanos(),
                TimeUnit.NANOSECONDS);
    }

    /** The headers arrived: from now on the body stream is what expiry stops. */
    synchronized InputStream watch(InputStream answer) {
        body = answer;
        if (expiry != null) {
            closeBody();
        }
        return answer;
    }

    private synchronized void expire(String why) {
        if (finished || expiry != null) {
            return;
        }
        expiry = why;
        if (body != null) {
            closeBody();
        } else {
            interrupted = true;
            reader.interrupt();
        }
    }

    private void closeBody() {
        try {
            body.close();
        } catch (IOException ignored) {
            // closing is how the read is stopped
        }
    }

    /** Why the watchdog cut the download short, or null if it did not; takes back its interrupt. */
    synchronized String expiry() {
        finished = true;
        if (interrupted) {
            interrupted = false;
            Thread.interrupted();
        }
        return expiry;
    }

    @Override
    public void close() {
        expiry();
        synchronized (this) {
            total.cancel(false);
            idle.cancel(false);
        }
        timer.shutdownNow();
    }

    static String describe(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
