package dev.pvecodegen.schema.supplement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.build.CanonicalJson;
import java.util.Set;

/**
 * Whether a schema already declares what a supplement fragment says: equal once documentation is set aside
 * (descriptions, titles, defaults, {@code optional} — supplemented properties are optional anyway — and links), in
 * any key order. This is how a newer release that fixed the schema is recognised.
 */
final class SchemaEquivalence {

    /** Keys that document a schema without changing the type the model builds from it. */
    private static final Set<String> DOCUMENTATION = Set.of(
            "description",
            "verbose_description",
            "title",
            "typetext",
            "format_description",
            "renderer",
            "default",
            "optional",
            "links",
            "requires");

    private SchemaEquivalence() {}

    static boolean equivalent(JsonNode declared, JsonNode fragment) {
        return declared != null
                && !declared.isMissingNode()
                && CanonicalJson.of(typeOnly(declared, 0)).equals(CanonicalJson.of(typeOnly(fragment, 0)));
    }

    /** A schema node without its documentation; property and key names are kept, whatever they are called. */
    private static JsonNode typeOnly(JsonNode schema, int depth) {
        if (!schema.isObject() || depth > 128) {
            return schema;
        }
        ObjectNode copy = ((ObjectNode) schema).objectNode();
        schema.properties().forEach(field -> {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (DOCUMENTATION.contains(key)) {
                return;
            }
            if (key.equals("properties") && value.isObject()) {
                copy.set(key, members(value, depth));
            } else if (key.equals("format") && value.isObject() && !Formats.isSchemaFormat(value)) {
                copy.set(key, members(value, depth));
            } else if (key.equals("oneOf") && value.isArray()) {
                ArrayNode variants = copy.putArray(key);
                value.forEach(variant -> variants.add(typeOnly(variant, depth + 1)));
            } else {
                copy.set(key, typeOnly(value, depth + 1));
            }
        });
        return copy;
    }

    private static ObjectNode members(JsonNode map, int depth) {
        ObjectNode copy = ((ObjectNode) map).objectNode();
        map.properties().forEach(member -> copy.set(member.getKey(), typeOnly(member.getValue(), depth + 1)));
        return copy;
    }
}
