package dev.pvecodegen.simulator.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.simulator.http.Json;
import java.util.Map;

/**
 * What a handler answers: the {@code data} of the envelope and extra envelope fields such as {@code total}.
 */
public record Reply(JsonNode data, Map<String, JsonNode> extras) {

    public Reply {
        extras = Map.copyOf(extras);
    }

    public static Reply of(JsonNode data) {
        return new Reply(data, Map.of());
    }

    public static Reply of(String text) {
        return of(Json.NODES.textNode(text));
    }

    public static Reply none() {
        return of(Json.NODES.nullNode());
    }

    public static Reply withTotal(JsonNode data, long total) {
        return new Reply(data, Map.of("total", Json.NODES.numberNode(total)));
    }
}
