package dev.pvecodegen.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes answers in the envelope of {@code PVE::APIServer::Formatter::Standard}: {@code json} uses HTTP status codes
 * and adds {@code message} on errors; {@code extjs} always answers 200 with {@code success} and {@code status}.
 */
public final class ResponseWriter {
    private ResponseWriter() {}

    /** A successful answer; {@code extras} holds envelope fields such as {@code total}. */
    public static void success(HttpExchange exchange, WireFormat format, JsonNode data, Map<String, JsonNode> extras)
            throws IOException {
        ObjectNode envelope = Json.object();
        envelope.set("data", data == null ? Json.NODES.nullNode() : data);
        extras.forEach(envelope::set);
        if (format == WireFormat.EXTJS) {
            envelope.put("success", 1);
        }
        send(exchange, 200, envelope);
    }

    public static void error(HttpExchange exchange, WireFormat format, ApiError error) throws IOException {
        ObjectNode envelope = Json.object();
        envelope.putNull("data");
        String message = error.getMessage() == null ? "" : error.getMessage();
        envelope.put("message", message);
        if (!error.errors().isEmpty()) {
            ObjectNode errors = envelope.putObject("errors");
            error.errors().forEach(errors::put);
        }
        int httpStatus = error.status();
        if (format == WireFormat.EXTJS) {
            envelope.put("success", 0);
            envelope.put("status", error.status());
            httpStatus = 200;
        }
        send(exchange, httpStatus, envelope);
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.getResponseHeaders().set("Cache-Control", "max-age=0");
        exchange.getResponseHeaders().set("Pragma", "no-cache");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
