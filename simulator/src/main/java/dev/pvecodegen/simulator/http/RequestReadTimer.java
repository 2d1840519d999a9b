package dev.pvecodegen.simulator.http;

import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how long a client may take to send its request, as pveproxy's connection timeout does: the TLS handshake,
 * request line and headers within the limit, then the body within the limit again. The JDK server reads a request
 * on a worker thread, so a client that trickles its headers would hold that thread for as long as it likes; here a
 * timer interrupts the thread, which closes the connection (its channel is interruptible) and frees the thread.
 *
 * <p>The worker is interrupted only while it reads. Once the handler runs (faults may sleep, tasks may start) it is
 * left alone; the phase changes under the same lock the timer takes.
 */
final class RequestReadTimer implements AutoCloseable {
    private final Duration limit;
    private final ScheduledThreadPoolExecutor timer;
    private final ThreadLocal<Read> current = new ThreadLocal<>();

    RequestReadTimer(Duration limit) {
        this.limit = limit;
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "pve-simulator-read-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** The JDK server's per-connection task, run under a read deadline from its first byte on. */
    Runnable bound(Runnable exchange) {
        return () -> {
            Read read = new Read(Thread.currentThread());
            current.set(read);
            read.arm();
            try {
                exchange.run();
            } finally {
                read.finish();
                current.remove();
                Thread.interrupted(); // a deadline that fired as the exchange ended must not reach the next one
            }
        };
    }

    /**
     * The handler behind a deadline for the body: the headers were read in time, the body gets the limit again;
     * read whole (the server's 512 KiB cap plus one byte, so the pipeline still sees an oversized body) before the
     * handler runs without a deadline.
     */
    HttpHandler bound(HttpHandler handler) {
        return exchange -> {
            Read read = current.get();
            if (read != null) {
                read.rearm();
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

        synchronized void arm() {
            deadline = timer.schedule(this::expire, limit.toNanos(), TimeUnit.NANOSECONDS);
        }

        synchronized void rearm() {
            deadline.cancel(false);
            arm();
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
