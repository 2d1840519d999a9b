package dev.pvecodegen.simulator.validation;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Words validator findings the way {@code PVE::JSONSchema} does ("type check ('integer') failed - got 'abc'",
 * "property is missing and it is not optional", …) and files them under the parameter they concern.
 */
final class ErrorTexts {
    private ErrorTexts() {}

    /** Adds one error to {@code errors}; the first finding per parameter wins, as the server reports one. */
    static void add(Error error, Map<String, String> errors) {
        List<String> location = segments(error.getInstanceLocation());
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String text;
        switch (keyword) {
            case "required" -> {
                location.add(error.getProperty());
                text = "property is missing and it is not optional";
            }
            case "additionalProperties" -> {
                location.add(error.getProperty());
                text = location.size() == 1
                        ? "property is not defined in schema and the schema does not allow additional properties"
                        : "invalid key in comma-separated list property";
            }
            case "dependentRequired" -> {
                Object[] arguments = error.getArguments();
                String missing = arguments != null && arguments.length > 0 ? String.valueOf(arguments[0]) : "?";
                location.add(missing);
                text = "missing property - '" + error.getProperty() + "' requires this property";
            }
            case "type" ->
                text = "type check ('" + expectedType(error.getSchemaNode()) + "') failed - got '"
                        + shown(error.getInstanceNode()) + "'";
            case "enum" ->
                text = "value '" + shown(error.getInstanceNode()) + "' does not have a value in the enumeration '"
                        + enumeration(error.getSchemaNode()) + "'";
            case "minimum" -> text = "value must have a minimum value of " + number(error.getSchemaNode());
            case "maximum" -> text = "value must have a maximum value of " + number(error.getSchemaNode());
            case "pattern" -> text = "value does not match the regex pattern";
            case "maxLength" -> text = "value may only be " + number(error.getSchemaNode()) + " characters long";
            case "minLength" -> text = "value must be at least " + number(error.getSchemaNode()) + " characters long";
            default -> text = error.getMessage();
        }
        if (location.isEmpty()) {
            errors.putIfAbsent("_", text);
            return;
        }
        String parameter = location.get(0);
        if (location.size() == 1) {
            errors.putIfAbsent(parameter, text);
        } else {
            errors.putIfAbsent(parameter, "invalid format - format error\n" + String.join(".", location) + ": " + text);
        }
    }

    private static List<String> segments(NodePath path) {
        List<String> names = new ArrayList<>();
        if (path != null) {
            for (int i = 0; i < path.getNameCount(); i++) {
                names.add(path.getName(i));
            }
        }
        return names;
    }

    private static String expectedType(JsonNode schemaNode) {
        JsonNode type = schemaNode != null && schemaNode.has("type") ? schemaNode.get("type") : schemaNode;
        return type == null ? "?" : type.isArray() ? type.get(0).asString() : type.asString();
    }

    private static String enumeration(JsonNode schemaNode) {
        JsonNode values = schemaNode != null && schemaNode.has("enum") ? schemaNode.get("enum") : schemaNode;
        List<String> texts = new ArrayList<>();
        if (values != null && values.isArray()) {
            values.forEach(value -> texts.add(value.asString()));
        }
        return String.join(", ", texts);
    }

    private static String number(JsonNode schemaNode) {
        return schemaNode == null ? "?" : schemaNode.isValueNode() ? schemaNode.asString() : schemaNode.toString();
    }

    private static String shown(JsonNode value) {
        if (value == null) {
            return "";
        }
        if (value.isArray()) {
            return "ARRAY";
        }
        if (value.isObject()) {
            return "HASH";
        }
        return value.asString();
    }
}
