package dev.pvecodegen.simulator.http;

import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how long a client may take to send its request, as pveproxy's connection timeout does: TLS handshake,
 * request line, headers and body within the limit, counted from the request's first byte. The JDK server reads a
 * request on a worker thread, so a client that trickles its headers would hold that thread for as long as it likes;
 * here a timer interrupts the thread, which closes the connection (its channel is interruptible) and frees it.
 *
 * <p>A request that waited for a worker keeps its deadline, but gets at least {@link #GRACE} once its turn comes:
 * enough to read what a prompt client has long sent, too little for a stalled one to hold the worker, so a queue of
 * stalled clients drains quickly and prompt ones behind them are served. The worker is interrupted only while it
 * reads; once the handler runs (faults may sleep, tasks may start) it is left alone, the phase changing under the
 * lock the timer takes.
 */
final class RequestReadTimer implements AutoCloseable {
    /** The least time a request has once a worker takes it up. */
    static final Duration GRACE = Duration.ofMillis(500);

    private final Duration limit;
    private final ScheduledThreadPoolExecutor timer;
    /** The read phase of the request the current worker thread serves (a worker serves one server). */
    private static final ThreadLocal<Read> CURRENT = new ThreadLocal<>();

    RequestReadTimer(Duration limit) {
        this.limit = limit;
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "pve-simulator-read-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** The JDK server's per-request task, handed over when the request's first byte arrived: the clock starts now. */
    Runnable bound(Runnable exchange) {
        long deadline = System.nanoTime() + limit.toNanos();
        long grace = Math.min(GRACE.toNanos(), limit.toNanos());
        return () -> {
            Read read = new Read(Thread.currentThread());
            CURRENT.set(read);
            read.arm(Math.max(deadline - System.nanoTime(), grace));
            try {
                exchange.run();
            } finally {
                read.finish();
                CURRENT.remove();
                Thread.interrupted(); // a deadline that fired as the exchange ended must not reach the next one
            }
        };
    }

    /**
     * The handler behind the same deadline for the body, which is read whole (the server's 512 KiB cap plus one
     * byte, so the pipeline still sees an oversized body) before the handler runs without a deadline.
     */
    HttpHandler bound(HttpHandler handler) {
        return exchange -> {
            Read read = CURRENT.get();
            if (read != null) {
                byte[] body;
                try {
                    body = exchange.getRequestBody().readNBytes(IncomingRequest.MAX_BODY + 1);
                } catch (IOException tooSlow) {
                    exchange.close();
                    return;
                }
                exchange.setStreams(new ByteArrayInputStream(body), null);
                if (!read.handling()) {
                    exchange.close(); // the deadline fired just as the body was complete
                    return;
                }
            }
            handler.handle(exchange);
        };
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** The read phase of one request on one worker thread. */
    private final class Read {
        private final Thread worker;
        private ScheduledFuture<?> deadline;
        private boolean reading = true;
        private boolean expired;

        Read(Thread worker) {
            this.worker = worker;
        }

        synchronized void arm(long nanos) {
            deadline = timer.schedule(this::expire, nanos, TimeUnit.NANOSECONDS);
        }

        private synchronized void expire() {
            if (reading) {
                expired = true;
                worker.interrupt();
            }
        }

        /** Ends the read phase; false when the deadline already fired. */
        synchronized boolean handling() {
            reading = false;
            deadline.cancel(false);
            return !expired;
        }

        synchronized void finish() {
            reading = false;
            deadline.cancel(false);
        }
    }
}
