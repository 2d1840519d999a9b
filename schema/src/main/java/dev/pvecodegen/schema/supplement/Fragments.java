package dev.pvecodegen.schema.supplement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Prepares a supplement fragment for the tree: a deep copy in which every property and property-string key is
 * optional, because a supplemented fact must never make a call fail (a missing "required" field, a request that
 * refuses to build).
 */
final class Fragments {

    private Fragments() {}

    /** A copy of a property's schema, itself optional. */
    static JsonNode property(JsonNode schema) {
        JsonNode copy = schema(schema);
        if (copy.isObject()) {
            ((ObjectNode) copy).put("optional", 1);
        }
        return copy;
    }

    /** A copy of a schema whose nested properties and keys are optional. */
    static JsonNode schema(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        relax(copy, 0);
        return copy;
    }

    private static void relax(JsonNode schema, int depth) {
        if (!schema.isObject() || depth > 128) {
            return;
        }
        JsonNode properties = schema.get("properties");
        if (properties != null && properties.isObject()) {
            properties.forEach(p -> optional(p, depth));
        }
        for (String member : new String[] {"items", "additionalProperties"}) {
            JsonNode child = schema.get(member);
            if (child != null && child.isObject()) {
                relax(child, depth + 1);
            }
        }
        JsonNode oneOf = schema.get("oneOf");
        if (oneOf != null && oneOf.isArray()) {
            oneOf.forEach(variant -> relax(variant, depth + 1));
        }
        JsonNode format = schema.get("format");
        if (format != null && format.isObject()) {
            if (Formats.isSchemaFormat(format)) {
                relax(format, depth + 1);
            } else {
                format.forEach(key -> optional(key, depth));
            }
        }
    }

    /** Marks the members of a {@code properties} or key map optional and relaxes them in turn. */
    static void optional(JsonNode member, int depth) {
        if (member.isObject()) {
            ((ObjectNode) member).put("optional", 1);
            relax(member, depth + 1);
        }
    }
}
