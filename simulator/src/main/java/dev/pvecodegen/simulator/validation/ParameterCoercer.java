package dev.pvecodegen.simulator.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import dev.pvecodegen.simulator.http.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns wire values into typed JSON before schema validation, with the server's rules: integers and numbers
 * from decimal text, booleans only {@code 1}/{@code 0} in forms (JSON bodies may also use true/false, property
 * strings also on/off/yes/no), {@code -list} strings split like {@code split_list}, property strings parsed into
 * objects, a lone value for an array wrapped. Values that do not convert are left as they came, so that the
 * schema reports them as a failed type check.
 */
final class ParameterCoercer {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;\\s]+");

    /** How booleans may be spelled where the value comes from. */
    enum BooleanSpelling {
        FORM,
        JSON,
        PROPERTY_STRING
    }

    private final Function<String, Optional<String>> discriminatorValue;

    /** @param discriminatorValue the request's value of a union discriminator parameter, by name */
    ParameterCoercer(Function<String, Optional<String>> discriminatorValue) {
        this.discriminatorValue = discriminatorValue;
    }

    JsonNode coerce(ApiType type, JsonNode raw, BooleanSpelling spelling) {
        if (raw == null || raw.isNull()) {
            return raw;
        }
        return type.accept(new Coercion(raw, spelling));
    }

    /** Coerces one non-null wire value to the visited type. */
    private final class Coercion implements ApiType.Visitor<JsonNode> {
        private final JsonNode raw;
        private final BooleanSpelling spelling;

        Coercion(JsonNode raw, BooleanSpelling spelling) {
            this.raw = raw;
            this.spelling = spelling;
        }

        @Override
        public JsonNode visitStringType(ApiType.StringType type) {
            return text();
        }

        @Override
        public JsonNode visitIntegerType(ApiType.IntegerType type) {
            return integer(raw);
        }

        @Override
        public JsonNode visitNumberType(ApiType.NumberType type) {
            return number(raw);
        }

        @Override
        public JsonNode visitBooleanType(ApiType.BooleanType type) {
            return bool(raw, spelling);
        }

        @Override
        public JsonNode visitEnumType(ApiType.EnumType type) {
            return text();
        }

        @Override
        public JsonNode visitArrayType(ApiType.ArrayType type) {
            ArrayNode items = Json.array();
            (raw.isArray() ? raw : Json.array().add(raw))
                    .forEach(item -> items.add(coerce(type.items(), item, spelling)));
            return items;
        }

        @Override
        public JsonNode visitObjectType(ApiType.ObjectType type) {
            if (!(raw instanceof ObjectNode fields)) {
                return raw;
            }
            ObjectNode typed = Json.object();
            fields.properties()
                    .forEach(field -> typed.set(
                            field.getKey(),
                            type.property(field.getKey())
                                    .map(p -> coerce(p.type(), field.getValue(), spelling))
                                    .orElse(field.getValue())));
            return typed;
        }

        @Override
        public JsonNode visitListStringType(ApiType.ListStringType type) {
            return list(type, raw, spelling);
        }

        @Override
        public JsonNode visitPropertyStringType(ApiType.PropertyStringType type) {
            return raw.isTextual() ? propertyString(type.format(), raw.asText()) : raw;
        }

        @Override
        public JsonNode visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
            return text();
        }

        @Override
        public JsonNode visitOneOfType(ApiType.OneOfType type) {
            Optional<String> selector = discriminatorValue.apply(type.discriminator());
            return type.variants().stream()
                    .filter(variant ->
                            selector.isPresent() && variant.instanceTypes().contains(selector.get()))
                    .findFirst()
                    .map(variant -> coerce(variant.type(), raw, spelling))
                    .orElse(raw);
        }

        @Override
        public JsonNode visitAnyType(ApiType.AnyType type) {
            return raw;
        }

        @Override
        public JsonNode visitNullType(ApiType.NullType type) {
            return raw;
        }

        @Override
        public JsonNode visitUpidType(ApiType.UpidType type) {
            return text();
        }

        /** Scalars as text; a structured value stays as it came, for the schema to reject. */
        private JsonNode text() {
            return raw.isValueNode() ? TextNode.valueOf(raw.asText()) : raw;
        }
    }

    private static JsonNode integer(JsonNode raw) {
        if (raw.isIntegralNumber()) {
            return raw;
        }
        String text = raw.asText().trim();
        if (raw.isTextual() && INTEGER.matcher(text).matches()) {
            BigInteger value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
            return value.bitLength() < 64 ? Json.NODES.numberNode(value.longValue()) : Json.NODES.numberNode(value);
        }
        return raw;
    }

    private static JsonNode number(JsonNode raw) {
        if (raw.isNumber()) {
            return raw;
        }
        String text = raw.asText().trim();
        if (raw.isTextual() && NUMBER.matcher(text).matches()) {
            return Json.NODES.numberNode(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
        }
        return raw;
    }

    private static JsonNode bool(JsonNode raw, BooleanSpelling spelling) {
        if (raw.isBoolean()) {
            return raw;
        }
        String text = raw.asText();
        if (text.equals("1") || text.equals("0")) {
            return BooleanNode.valueOf(text.equals("1"));
        }
        if (spelling == BooleanSpelling.PROPERTY_STRING) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.equals("on") || lower.equals("yes") || lower.equals("true")) {
                return BooleanNode.TRUE;
            }
            if (lower.equals("off") || lower.equals("no") || lower.equals("false")) {
                return BooleanNode.FALSE;
            }
        }
        return raw;
    }

    private JsonNode list(ApiType.ListStringType list, JsonNode raw, BooleanSpelling spelling) {
        ArrayNode items = Json.array();
        if (raw.isArray()) {
            raw.forEach(item -> items.add(coerce(list.element(), item, spelling)));
            return items;
        }
        String text = raw.asText();
        String[] parts = text.indexOf('\0') >= 0 ? text.split("\0") : LIST_SEPARATORS.split(text);
        for (String part : parts) {
            if (!part.isEmpty()) {
                items.add(coerce(list.element(), TextNode.valueOf(part), spelling));
            }
        }
        return items;
    }

    private ObjectNode propertyString(PropertyStringFormat format, String text) {
        ObjectNode typed = Json.object();
        for (Map.Entry<String, String> entry :
                PropertyStringParser.parse(format, text).entrySet()) {
            Optional<Property> key = format.key(entry.getKey());
            TextNode value = TextNode.valueOf(entry.getValue());
            typed.set(
                    entry.getKey(),
                    key.isEmpty() ? value : coerce(key.get().type(), value, BooleanSpelling.PROPERTY_STRING));
        }
        return typed;
    }
}
