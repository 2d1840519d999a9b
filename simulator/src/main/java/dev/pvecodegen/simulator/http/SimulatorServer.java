package dev.pvecodegen.simulator.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/** The listening socket: the JDK's HTTP(S) server with one handler for everything under {@code /}. */
public final class SimulatorServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService workers;

    private SimulatorServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Binds and starts; {@code tls} empty means plain HTTP. */
    public static SimulatorServer start(String bindAddress, int port, Optional<SSLContext> tls, HttpHandler handler) {
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
            ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "pve-simulator-http-" + counter.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(workers);
            server.createContext("/", handler);
            server.start();
            return new SimulatorServer(server, workers);
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
    }
}
