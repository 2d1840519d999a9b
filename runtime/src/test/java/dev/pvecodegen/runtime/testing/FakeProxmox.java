package dev.pvecodegen.runtime.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A tiny in-process HTTPS stand-in for a Proxmox node. Routes are {@code "METHOD /path"} (path after
 * {@code /api2/<format>}, still percent-encoded); it answers in the format the client asked for, as the real server
 * does: {@code /api2/json} with HTTP statuses, {@code /api2/extjs} always 200 with success/status/message/errors.
 * {@link #oldServer(boolean)} imitates servers before pve-http-server 5.2.0, whose json answers carry the message only
 * in the HTTP reason phrase (so never in the body).
 */
public final class FakeProxmox implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Without TCP_NODELAY the server's separate header and body writes meet the client's delayed ACK:
        // 40 ms per request. Read once by the JDK server when its first instance starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpsServer server;
    private final ExecutorService threads;
    private final TestCertificates.ServerIdentity identity;
    private final Map<String, Function<Recorded, Reply>> routes = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private volatile Function<Recorded, Boolean> authCheck = request -> true;
    private volatile boolean oldServer;

    public FakeProxmox(TestCertificates.ServerIdentity identity) {
        this.identity = identity;
        try {
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setHttpsConfigurator(new HttpsConfigurator(identity.sslContext()));
        threads = Executors.newFixedThreadPool(48);
        server.setExecutor(threads);
        server.createContext("/api2/", this::handle);
        server.start();
    }

    /** A node with a certificate from the shared test CA, valid for 127.0.0.1 and localhost. */
    public static FakeProxmox start() {
        return new FakeProxmox(NodeIdentity.DEFAULT);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String host() {
        return "127.0.0.1:" + port();
    }

    public TestCertificates.ServerIdentity identity() {
        return identity;
    }

    public FakeProxmox on(String methodAndPath, Function<Recorded, Reply> handler) {
        routes.put(methodAndPath, handler);
        return this;
    }

    /** Requests for which {@code check} is false are answered with 401 (the real server would delay 3 s). */
    public FakeProxmox requireAuth(Function<Recorded, Boolean> check) {
        this.authCheck = check;
        return this;
    }

    public FakeProxmox oldServer(boolean old) {
        this.oldServer = old;
        return this;
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public List<Recorded> requests(String methodAndPath) {
        return requests.stream()
                .filter(r -> (r.method() + " " + r.path()).equals(methodAndPath))
                .toList();
    }

    /** Distinct client ports seen: the number of TCP connections the client opened. */
    public int connectionsSeen() {
        return clientPorts.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String uri = exchange.getRequestURI().getRawPath();
            String rest = uri.substring("/api2/".length());
            int slash = rest.indexOf('/');
            String format = slash < 0 ? rest : rest.substring(0, slash);
            String path = slash < 0 ? "/" : rest.substring(slash);
            byte[] body = exchange.getRequestBody().readAllBytes();
            Recorded request = new Recorded(
                    exchange.getRequestMethod(),
                    format,
                    path,
                    parseForm(exchange.getRequestURI().getRawQuery()),
                    parseForm(new String(body, StandardCharsets.US_ASCII)),
                    body.length,
                    exchange.getRequestHeaders().entrySet().stream()
                            .collect(Collectors.toMap(
                                    e -> e.getKey().toLowerCase(Locale.ROOT), e -> String.join(",", e.getValue()))));
            requests.add(request);
            clientPorts.add(exchange.getRemoteAddress().getPort());
            Reply reply;
            boolean login = path.equals("/access/ticket");
            Function<Recorded, Reply> handler = routes.get(request.method() + " " + path);
            if (!login && !authCheck.apply(request)) {
                reply = Reply.error(401, "authentication failure");
            } else if (handler == null) {
                reply = Reply.error(501, "Method '" + request.method() + " /" + path + "' not implemented");
            } else {
                reply = handler.apply(request);
            }
            if (reply.drop()) {
                return; // close without an answer: the client sees the connection break
            }
            if (reply.drip() != null) {
                drip(exchange, reply.rawBody(), reply.drip());
                return;
            }
            if (reply.rawBody() != null) {
                sendRaw(exchange, reply.status(), reply.rawBody());
                return;
            }
            send(exchange, format, reply);
        }
    }

    private void send(HttpExchange exchange, String format, Reply reply) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        int status = reply.status();
        boolean error = status != 200;
        body.set("data", JSON.readTree(reply.dataJson()));
        if (format.equals("extjs")) {
            body.put("success", error ? 0 : 1);
            if (error) {
                body.put("status", status);
                body.put("message", reply.message() + "\n");
            }
            status = 200;
        } else if (error && !oldServer) {
            body.put("message", reply.message() + "\n");
        }
        if (error && !reply.errors().isEmpty()) {
            body.set("errors", JSON.valueToTree(reply.errors()));
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sendRaw(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Sends the headers at once, then the body one byte per {@code every}, until done or the client hangs up. */
    private static void drip(HttpExchange exchange, String body, Duration every) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            for (byte b : bytes) {
                out.write(b);
                out.flush();
                Thread.sleep(every.toMillis());
            }
        } catch (IOException | InterruptedException clientGone) {
            // the client gave up: what these replies are for
        }
    }

    private static Map<String, List<String>> parseForm(String text) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return form;
        }
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            form.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** What the server received. Header names are lower case. */
    public record Recorded(
            String method,
            String format,
            String path,
            Map<String, List<String>> query,
            Map<String, List<String>> form,
            int bodyLength,
            Map<String, String> headers) {
        public String param(String name) {
            List<String> values = query.containsKey(name) ? query.get(name) : form.get(name);
            return values == null ? null : values.get(0);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** A cookie's value, percent-decoded as the real server's uri_unescape does ('+' stays '+'). */
        public String cookie(String name) {
            String header = header("Cookie");
            if (header == null) {
                return null;
            }
            for (String part : header.split(";", -1)) {
                String trimmed = part.strip();
                if (trimmed.startsWith(name + "=")) {
                    return URLDecoder.decode(
                            trimmed.substring(name.length() + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
                }
            }
            return null;
        }
    }

    /** An answer: {@code data} as JSON text, or an error status with message and per-parameter errors. */
    public record Reply(
            int status,
            String dataJson,
            String message,
            Map<String, String> errors,
            boolean drop,
            String rawBody,
            Duration drip) {
        public static Reply ok(String dataJson) {
            return new Reply(200, dataJson, "", Map.of(), false, null, null);
        }

        public static Reply error(int status, String message) {
            return new Reply(status, "null", message, Map.of(), false, null, null);
        }

        public static Reply error(int status, String message, Map<String, String> errors) {
            return new Reply(status, "null", message, errors, false, null, null);
        }

        public static Reply disconnect() {
            return new Reply(0, "null", "", Map.of(), true, null, null);
        }

        /** A non-JSON answer in any format, as the server's auth failures or a proxy in front of it send. */
        public static Reply raw(int status, String body) {
            return new Reply(status, "null", "", Map.of(), false, body, null);
        }

        /**
         * A 200 whose headers come at once and whose body ({@code {"data":…}} after {@code padding} spaces) then
         * trickles in one byte per {@code every}: a stalled proxy or a server under swap.
         */
        public static Reply dripping(String dataJson, int padding, Duration every) {
            return new Reply(
                    200, dataJson, "", Map.of(), false, " ".repeat(padding) + "{\"data\":" + dataJson + "}", every);
        }
    }

    /** The default node certificate, minted once. */
    private static final class NodeIdentity {
        static final TestCertificates.ServerIdentity DEFAULT = TestCertificates.CA.issue("localhost", "127.0.0.1");
    }
}
