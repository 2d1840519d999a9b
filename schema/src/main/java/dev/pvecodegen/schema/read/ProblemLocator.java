package dev.pvecodegen.schema.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.SchemaProblem;
import java.util.Optional;

/**
 * Turns a JSON pointer into the API location it falls in: the deepest tree node's {@code path}, the method under
 * {@code info}, and the parameter under {@code parameters/properties}.
 */
final class ProblemLocator {

    private ProblemLocator() {}

    static SchemaProblem locate(JsonNode tree, String pointer, String message) {
        String[] tokens =
                pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
        Optional<String> path = Optional.empty();
        Optional<String> method = Optional.empty();
        Optional<String> parameter = Optional.empty();
        JsonNode current = tree;
        for (int i = 0; i < tokens.length && current != null; i++) {
            String token = unescape(tokens[i]);
            if (current.isObject() && current.path("path").isTextual()) {
                path = Optional.of(current.get("path").textValue());
            }
            if (i > 0 && "info".equals(unescape(tokens[i - 1])) && method.isEmpty()) {
                method = Optional.of(token);
            }
            if (i > 1
                    && "properties".equals(unescape(tokens[i - 1]))
                    && "parameters".equals(unescape(tokens[i - 2]))
                    && parameter.isEmpty()) {
                parameter = Optional.of(token);
            }
            current = child(current, token);
        }
        if (current != null && current.isObject() && current.path("path").isTextual()) {
            path = Optional.of(current.get("path").textValue());
        }
        return new SchemaProblem(pointer, path, method, parameter, message);
    }

    private static JsonNode child(JsonNode node, String token) {
        if (node.isArray()) {
            try {
                return node.get(Integer.parseInt(token));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return node.isObject() ? node.get(token) : null;
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
