package dev.pvecodegen.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A tiny test client over java.net.http that trusts exactly the simulator's certificate and speaks the wire
 * format by hand (form bodies, cookie or token auth, CSRF header).
 */
final class PveHttp {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** An answer: HTTP status and parsed body. */
    record Answer(int status, JsonNode body) {
        JsonNode data() {
            return body.get("data");
        }

        String message() {
            return body.path("message").asText();
        }

        JsonNode errors() {
            return body.path("errors");
        }
    }

    private final HttpClient client;
    private final URI base;
    private String ticket;
    private String csrf;
    private String token;
    private String format = "json";

    PveHttp(PveSimulator simulator) {
        this.base = simulator.baseUri();
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        simulator.certificate().ifPresent(certificate -> builder.sslContext(trusting(certificate)));
        this.client = builder.build();
    }

    /** A TLS context that trusts exactly {@code certificate} (what pinning the simulator amounts to). */
    static SSLContext trusting(X509Certificate certificate) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("simulator", certificate);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    PveHttp extjs() {
        format = "extjs";
        return this;
    }

    PveHttp ticket(String newTicket, String newCsrf) {
        this.ticket = newTicket;
        this.csrf = newCsrf;
        this.token = null;
        return this;
    }

    PveHttp token(String fullTokenId, String secret) {
        this.token = fullTokenId + "=" + secret;
        this.ticket = null;
        return this;
    }

    /** Logs in as root@pam with the default password. */
    PveHttp loginRoot() throws IOException, InterruptedException {
        Answer answer = post(
                "/access/ticket", form("username", "root@pam", "password", SimulatorOptions.DEFAULT_ROOT_PASSWORD));
        if (answer.status() != 200) {
            throw new IllegalStateException("login failed: " + answer);
        }
        return ticket(
                answer.data().get("ticket").asText(),
                answer.data().get("CSRFPreventionToken").asText());
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    Answer get(String path, Map<String, String> query) throws IOException, InterruptedException {
        return send("GET", path + "?" + encode(query), null);
    }

    Answer post(String path, Map<String, String> body) throws IOException, InterruptedException {
        return send("POST", path, encode(body));
    }

    Answer put(String path, Map<String, String> body) throws IOException, InterruptedException {
        return send("PUT", path, encode(body));
    }

    Answer delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, null);
    }

    /** Any verb with an optional form body (null for none). */
    Answer send(String method, String path, String body) throws IOException, InterruptedException {
        return send(method, path, body, "application/x-www-form-urlencoded");
    }

    /** A POST/PUT with a JSON body, as {@code Content-Type: application/json} allows. */
    Answer sendJson(String method, String path, String json) throws IOException, InterruptedException {
        return send(method, path, json, "application/json");
    }

    private Answer send(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api2/" + format + path))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (ticket != null) {
            request.header("Cookie", "PVEAuthCookie=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8));
            if (!method.equals("GET") && csrf != null) {
                request.header("CSRFPreventionToken", csrf);
            }
        }
        if (token != null) {
            request.header("Authorization", "PVEAPIToken=" + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = response.body().isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(response.body());
        return new Answer(response.statusCode(), parsed);
    }

    /** Polls a task until it stops and returns its final status. */
    JsonNode awaitTask(String upid) throws IOException, InterruptedException {
        String node = upid.split(":", -1)[1];
        for (int i = 0; i < 200; i++) {
            JsonNode status =
                    get("/nodes/" + node + "/tasks/" + path(upid) + "/status").data();
            if (status.get("status").asText().equals("stopped")) {
                return status;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("task did not finish: " + upid);
    }

    static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String encode(Map<String, String> values) {
        StringJoiner joined = new StringJoiner("&");
        values.forEach((key, value) -> joined.add(URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }
}
