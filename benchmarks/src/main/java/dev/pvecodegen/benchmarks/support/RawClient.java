package dev.pvecodegen.benchmarks.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The baseline a user writes without pvecodegen: {@code java.net.http} with the token header, Jackson
 * {@code readTree}, and the status check any real caller needs. HTTP/1.1 as the generated client's transport uses.
 */
public final class RawClient implements AutoCloseable {
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final URI base;

    public RawClient(URI base) {
        this.base = base;
    }

    /** {@code GET /api2/json<path>}, the {@code data} member of the answer as a tree. */
    public JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api2/json" + path))
                .header("Authorization", LoopbackServer.AUTHORIZATION)
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode());
                }
                return mapper.readTree(body).get("data");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        // HttpClient is AutoCloseable only from Java 21 on; its threads are daemons.
    }
}
