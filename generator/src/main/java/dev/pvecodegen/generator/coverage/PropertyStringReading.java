package dev.pvecodegen.generator.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.generator.bind.BoundKey;
import dev.pvecodegen.generator.bind.BoundValue;
import dev.pvecodegen.generator.bind.JavaType;
import dev.pvecodegen.runtime.codec.ListStrings;
import dev.pvecodegen.runtime.codec.PropertyStrings;
import dev.pvecodegen.runtime.support.Lenient;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a property-string value the way its generated value class does ({@code parse} for text, {@code fromJson}
 * for the JSON-object form): keys, aliases, key aliases and the default key resolved, each described key converted
 * to its Java type. Tells whether the value is read at all, and whether everything landed in declared keys.
 */
final class PropertyStringReading {

    /** The outcome: read or not, and how many parts ended up in {@code extraEntries()}. */
    record Outcome(boolean read, int extras) {
        boolean fullyTyped() {
            return read && extras == 0;
        }
    }

    private PropertyStringReading() {}

    static Outcome read(BoundValue format, JsonNode value) {
        Map<String, String> values = new LinkedHashMap<>();
        int extras = 0;
        try {
            if (value.isObject()) {
                for (Map.Entry<String, JsonNode> member : value.properties()) {
                    if (member.getValue().isContainerNode()) {
                        return new Outcome(false, 0);
                    }
                    if (!member.getValue().isNull()) {
                        String text = Lenient.toText(scalar(member.getValue()));
                        extras += assign(format, member.getKey(), text, values) ? 0 : 1;
                    }
                }
            } else if (value.isValueNode() && !value.isNull()) {
                for (PropertyStrings.Entry entry : PropertyStrings.split(Lenient.toText(scalar(value)))) {
                    extras += assign(format, entry.key(), entry.value(), values) ? 0 : 1;
                }
            } else {
                return new Outcome(false, 0);
            }
            for (Map.Entry<String, String> entry : values.entrySet()) {
                Optional<BoundKey> key = format.key(entry.getKey());
                if (key.isPresent()) {
                    convert(key.get().type(), entry.getValue());
                }
            }
            return new Outcome(true, extras);
        } catch (RuntimeException e) {
            return new Outcome(false, 0);
        }
    }

    /** Puts one part where the value class would; false when it becomes an extra entry. */
    private static boolean assign(BoundValue format, String key, String value, Map<String, String> values) {
        if (key == null) {
            if (format.defaultKey().isPresent()
                    && !values.containsKey(format.defaultKey().get())) {
                values.put(format.defaultKey().get(), value);
                return true;
            }
            return false;
        }
        if (format.key(key).isPresent()) {
            values.put(key, value);
            return true;
        }
        for (PropertyStringFormat.Alias alias : format.aliases()) {
            if (alias.alias().equals(key)) {
                values.put(alias.target(), value);
                return true;
            }
        }
        for (PropertyStringFormat.KeyAlias alias : format.keyAliases()) {
            if (alias.key().equals(key)) {
                values.put(alias.keyTarget(), key);
                values.put(alias.valueTarget(), value);
                return true;
            }
        }
        return false;
    }

    /**
     * Converts like the generated reader ({@code PropertyStringFields}: trimmed scalars, {@code ;} lists); throws
     * when the value does not fit. Text and enums (which keep values they do not know) always fit.
     */
    private static void convert(JavaType type, String text) {
        if (type instanceof JavaType.ListOf list) {
            ListStrings.split(text).forEach(item -> convert(list.element(), item));
        } else if (type instanceof JavaType.Scalar scalar) {
            String trimmed = text.trim();
            switch (scalar) {
                case INTEGER -> Integer.valueOf(trimmed);
                case LONG -> Long.valueOf(trimmed);
                case DOUBLE -> Double.valueOf(trimmed);
                case BOOLEAN -> PropertyStrings.parseBoolean(trimmed);
                case STRING -> {}
            }
        }
    }

    /** A JSON scalar as the plain Java value Jackson would bind to {@code Object}. */
    static Object scalar(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.isNull() ? null : node.toString();
    }
}
