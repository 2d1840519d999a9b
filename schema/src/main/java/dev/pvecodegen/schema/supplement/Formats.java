package dev.pvecodegen.schema.supplement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.model.Dialect;
import java.util.Optional;

/** The two ways a {@code format} describes a property string's keys (apidoc-format.md §5.4, §5.5). */
final class Formats {

    private Formats() {}

    /** PBS: {@code {type: "object", properties}} or {@code {type: "array", items}}; PVE dicts have no text type. */
    static boolean isSchemaFormat(JsonNode format) {
        return format.path("type").isTextual();
    }

    /** The object holding the keys of a described format: the dict itself (PVE) or its {@code properties} (PBS). */
    static Optional<ObjectNode> keys(JsonNode format) {
        if (format == null || !format.isObject()) {
            return Optional.empty();
        }
        if (!isSchemaFormat(format)) {
            return Optional.of((ObjectNode) format);
        }
        if (!"object".equals(format.get("type").textValue())) {
            return Optional.empty();
        }
        JsonNode properties = format.get("properties");
        if (properties == null || !properties.isObject()) {
            properties = ((ObjectNode) format).putObject("properties");
        }
        return Optional.of((ObjectNode) properties);
    }

    /** The pointer suffix from a string schema to its keys: {@code /format} or {@code /format/properties}. */
    static String keysSuffix(JsonNode format) {
        return isSchemaFormat(format) ? "/format/properties" : "/format";
    }

    /** A new, empty described format in the dialect's spelling, for a format known only by name. */
    static ObjectNode empty(Dialect dialect) {
        ObjectNode format = JsonNodeFactory.instance.objectNode();
        if (dialect == Dialect.PBS) {
            format.put("type", "object");
            format.putObject("properties");
            format.put("additionalProperties", false);
        }
        return format;
    }
}
