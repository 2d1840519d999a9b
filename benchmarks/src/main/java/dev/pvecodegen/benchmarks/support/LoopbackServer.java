package dev.pvecodegen.benchmarks.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A plain-HTTP server on 127.0.0.1 that answers {@code GET /api2/json<path>} with fixed bytes, the same for the
 * generated client and for the raw {@code java.net.http} baseline, so both pay for exactly the same server work.
 * Plain HTTP because TLS would add the same cost to both sides and hide the client's own overhead.
 */
public final class LoopbackServer implements AutoCloseable {
    /** The API token both clients send, so both pay for the same header. */
    public static final String TOKEN_ID = "bench@pve!jmh";

    public static final String TOKEN_SECRET = "5f0c7a3e-8d9b-4c1e-a2f4-6b7d8e9f0a1b";
    public static final String AUTHORIZATION = "PVEAPIToken=" + TOKEN_ID + "=" + TOKEN_SECRET;

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK and
        // every answer waits ~40 ms, which would bury the client-side costs this server exists to expose.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads;

    private LoopbackServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Starts serving {@code answers} (API path such as {@code /version} → whole body) on a free port. */
    public static LoopbackServer start(Map<String, byte[]> answers) throws IOException {
        return start(answers, 0);
    }

    static LoopbackServer start(Map<String, byte[]> answers, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        Map<String, byte[]> copy = Map.copyOf(answers);
        server.createContext("/api2/json/", exchange -> answer(exchange, copy));
        ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "loopback-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.start();
        return new LoopbackServer(server, threads);
    }

    private static void answer(HttpExchange exchange, Map<String, byte[]> answers) throws IOException {
        try (exchange;
                InputStream request = exchange.getRequestBody()) {
            request.transferTo(OutputStream.nullOutputStream());
            String path = exchange.getRequestURI().getPath().substring("/api2/json".length());
            byte[] body = answers.get(path);
            boolean authorized =
                    AUTHORIZATION.equals(exchange.getRequestHeaders().getFirst("Authorization"));
            if (body == null || !authorized) {
                byte[] error = ("{\"data\":null,\"message\":\"" + (authorized ? "no such path" : "no token") + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
                exchange.sendResponseHeaders(body == null ? 501 : 401, error.length);
                exchange.getResponseBody().write(error);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:port}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /**
     * Runs the server for the start-up probes of run.sh: {@code LoopbackServer PORTFILE}. Serves {@code /version}
     * and writes the port to PORTFILE once it listens; runs until killed.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: LoopbackServer PORTFILE");
            System.exit(1);
        }
        LoopbackServer server = start(Map.of("/version", Payloads.version()));
        Path portFile = Path.of(args[0]);
        Path partial = portFile.resolveSibling(portFile.getFileName() + ".tmp");
        Files.writeString(partial, Integer.toString(server.port()));
        Files.move(partial, portFile);
        Thread.currentThread().join();
    }
}
