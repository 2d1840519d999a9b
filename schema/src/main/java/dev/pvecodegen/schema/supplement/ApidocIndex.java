package dev.pvecodegen.schema.supplement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.model.HttpMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Finds things in a raw apidoc tree by the names supplement entries use: operations by method and path, and every
 * schema node (parameters, returns, and everything nested in them) with its JSON pointer.
 */
final class ApidocIndex {

    /** A node of the tree and its JSON pointer. */
    record Located(JsonNode node, String pointer) {}

    private final JsonNode tree;
    private final Map<String, Located> operations = new HashMap<>();

    private ApidocIndex(JsonNode tree) {
        this.tree = tree;
    }

    static ApidocIndex of(JsonNode tree) {
        ApidocIndex index = new ApidocIndex(tree);
        for (int i = 0; i < tree.size(); i++) {
            index.node(tree.get(i), "/" + i, 0);
        }
        return index;
    }

    private void node(JsonNode node, String pointer, int depth) {
        if (!node.isObject() || depth > 256) {
            return;
        }
        String path = node.path("path").asText("");
        JsonNode info = node.get("info");
        if (info != null && info.isObject()) {
            info.properties()
                    .forEach(method -> operations.put(
                            method.getKey() + " " + path,
                            new Located(method.getValue(), pointer + "/info/" + escape(method.getKey()))));
        }
        JsonNode children = node.get("children");
        if (children != null && children.isArray()) {
            for (int i = 0; i < children.size(); i++) {
                node(children.get(i), pointer + "/children/" + i, depth + 1);
            }
        }
    }

    /** The {@code info/METHOD} object of an operation. */
    Optional<Located> operation(HttpMethod method, String path) {
        return Optional.ofNullable(operations.get(method + " " + path));
    }

    /** The node at an absolute pointer of the tree. */
    Optional<JsonNode> at(String pointer) {
        JsonNode node = tree.at(pointer);
        return node.isMissingNode() ? Optional.empty() : Optional.of(node);
    }

    /** Every schema node of every operation, depth first, with its pointer; property-string keys included. */
    List<Located> schemas() {
        List<Located> out = new ArrayList<>();
        operations.values().stream()
                .sorted(Comparator.comparing(Located::pointer))
                .forEach(op -> {
                    for (String part : new String[] {"parameters", "returns"}) {
                        JsonNode schema = op.node().get(part);
                        if (schema != null) {
                            walk(
                                    schema,
                                    op.pointer() + "/" + part,
                                    0,
                                    (node, pointer) -> out.add(new Located(node, pointer)));
                        }
                    }
                });
        return out;
    }

    private static void walk(JsonNode schema, String pointer, int depth, BiConsumer<JsonNode, String> visit) {
        if (!schema.isObject() || depth > 128) {
            return;
        }
        visit.accept(schema, pointer);
        JsonNode properties = schema.get("properties");
        if (properties != null && properties.isObject()) {
            properties
                    .properties()
                    .forEach(p -> walk(p.getValue(), pointer + "/properties/" + escape(p.getKey()), depth + 1, visit));
        }
        for (String member : new String[] {"items", "additionalProperties"}) {
            JsonNode child = schema.get(member);
            if (child != null && child.isObject()) {
                walk(child, pointer + "/" + member, depth + 1, visit);
            }
        }
        JsonNode oneOf = schema.get("oneOf");
        if (oneOf != null && oneOf.isArray()) {
            for (int i = 0; i < oneOf.size(); i++) {
                walk(oneOf.get(i), pointer + "/oneOf/" + i, depth + 1, visit);
            }
        }
        JsonNode format = schema.get("format");
        if (format != null && format.isObject()) {
            if (Formats.isSchemaFormat(format)) {
                walk(format, pointer + "/format", depth + 1, visit);
            } else {
                format.properties()
                        .forEach(key ->
                                walk(key.getValue(), pointer + "/format/" + escape(key.getKey()), depth + 1, visit));
            }
        }
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Writes {@code value} as member {@code name} of the object at {@code parentPointer}. */
    void set(String parentPointer, String name, JsonNode value) {
        ((ObjectNode) tree.at(parentPointer)).set(name, value);
    }
}
