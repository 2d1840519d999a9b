package dev.pvecodegen.simulator.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * The listening socket: the JDK's HTTP(S) server with one handler for everything under {@code /}, a bounded pool of
 * workers and a deadline for reading each request (see {@link ConnectionLimits}).
 */
public final class SimulatorServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService workers;
    private final RequestReadTimer readTimer;

    private SimulatorServer(HttpServer server, ExecutorService workers, RequestReadTimer readTimer) {
        this.server = server;
        this.workers = workers;
        this.readTimer = readTimer;
    }

    /** Binds and starts; {@code tls} empty means plain HTTP. */
    public static SimulatorServer start(
            String bindAddress, int port, Optional<SSLContext> tls, ConnectionLimits limits, HttpHandler handler) {
        try {
            InetSocketAddress address = new InetSocketAddress(bindAddress, port);
            HttpServer server;
            if (tls.isPresent()) {
                HttpsServer https = HttpsServer.create(address, 128);
                https.setHttpsConfigurator(new HttpsConfigurator(tls.get()));
                server = https;
            } else {
                server = HttpServer.create(address, 128);
            }
            AtomicInteger counter = new AtomicInteger();
            ThreadPoolExecutor workers = new ThreadPoolExecutor(
                    limits.workers(),
                    limits.workers(),
                    30,
                    TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(Math.max(1, limits.maxConnections() - limits.workers())),
                    runnable -> {
                        Thread thread = new Thread(runnable, "pve-simulator-http-" + counter.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
            workers.allowCoreThreadTimeOut(true);
            RequestReadTimer readTimer = new RequestReadTimer(limits.readTimeout());
            // A full pool rejects the connection; the JDK server then closes it.
            server.setExecutor(exchange -> workers.execute(readTimer.bound(exchange)));
            server.createContext("/", readTimer.bound(handler));
            server.start();
            return new SimulatorServer(server, workers, readTimer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + bindAddress + ":" + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        readTimer.close();
    }
}
