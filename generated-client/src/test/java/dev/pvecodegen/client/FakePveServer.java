package dev.pvecodegen.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;

/**
 * A stand-in for a Proxmox VE node on 127.0.0.1, over plain HTTP or HTTPS: answers {@code /api2/extjs/...} calls
 * from canned JSON envelopes and records what the client sent, so tests can check both directions of the generated
 * code.
 */
final class FakePveServer implements AutoCloseable {

    /** One request as the server saw it; {@code params} merges the query string and the form body. */
    record Received(String method, String path, Map<String, String> params, String authorization) {}

    private final HttpServer server;
    private final String scheme;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private FakePveServer(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        server.createContext("/api2/extjs/", this::handle);
        server.start();
    }

    static FakePveServer http() throws IOException {
        return new FakePveServer(HttpServer.create(loopback(), 0), "http");
    }

    /** Over TLS with the given server identity (see {@link TestCertificate}). */
    static FakePveServer https(SSLContext tls) throws IOException {
        HttpsServer server = HttpsServer.create(loopback(), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new FakePveServer(server, "https");
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    /** The client's host argument. */
    String host() {
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code method path} (path as sent, percent-decoded) with {@code {"success":1,"data":<json>}}. */
    void answer(String method, String path, String dataJson) {
        answers.put(method + " " + path, "{\"success\":1,\"data\":" + dataJson + "}");
    }

    /** Answers like PVE's extjs format does for a failed parameter check: HTTP 200 with {@code success: 0}. */
    void answerError(String method, String path, int status, String message, String errorsJson) {
        answers.put(
                method + " " + path,
                "{\"success\":0,\"status\":" + status + ",\"message\":\"" + message + "\",\"errors\":" + errorsJson
                        + ",\"data\":null}");
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received last(String method, String path) {
        List<Received> matching = new ArrayList<>();
        for (Received request : received) {
            if (request.method().equals(method) && request.path().equals(path)) {
                matching.add(request);
            }
        }
        if (matching.isEmpty()) {
            throw new AssertionError("no " + method + " " + path + " received; got " + received);
        }
        return matching.get(matching.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/api2/extjs".length());
            Map<String, String> params = new LinkedHashMap<>();
            parseForm(exchange.getRequestURI().getRawQuery(), params);
            parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII), params);
            String method = exchange.getRequestMethod();
            received.add(new Received(
                    method, path, params, exchange.getRequestHeaders().getFirst("Authorization")));
            String answer = answers.get(method + " " + path);
            int status = 200;
            if (answer == null) {
                status = 501;
                answer = "{\"success\":0,\"status\":501,\"message\":\"Method '" + method + " " + path
                        + "' not implemented\",\"data\":null}";
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void parseForm(String form, Map<String, String> into) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            into.put(key, value);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
