package dev.pvecodegen.generator.diff;

import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Short, deterministic descriptions of model types and constraints for change messages. */
final class TypeText {

    private static final int MAX_KEYS_SHOWN = 3;

    private TypeText() {}

    static String describe(ApiType type) {
        if (type instanceof ApiType.StringType string) {
            return "string" + string.format().map(f -> " (format `" + f + "`)").orElse("");
        } else if (type instanceof ApiType.IntegerType integer) {
            return "integer"
                    + range(integer.minimum(), integer.maximum())
                            .map(r -> " " + r)
                            .orElse("");
        } else if (type instanceof ApiType.NumberType number) {
            return "number"
                    + range(number.minimum(), number.maximum())
                            .map(r -> " " + r)
                            .orElse("");
        } else if (type instanceof ApiType.EnumType enumType) {
            return "enum of " + enumType.values().size() + " value"
                    + (enumType.values().size() == 1 ? "" : "s");
        } else if (type instanceof ApiType.ArrayType array) {
            return "array of " + describe(array.items());
        } else if (type instanceof ApiType.ListStringType list) {
            return "list string" + list.format().map(f -> " `" + f + "`").orElse("") + " ("
                    + separatorName(list.separator()) + "-separated)";
        } else if (type instanceof ApiType.PropertyStringType propertyString) {
            return "property string `" + grammar(propertyString.format()) + "`";
        } else if (type instanceof ApiType.OpaquePropertyStringType opaque) {
            return "opaque property string `" + opaque.format() + "`";
        } else if (type instanceof ApiType.OneOfType union) {
            return "union on `" + union.discriminator() + "`";
        }
        return TypeShape.of(type).schemaName();
    }

    /** {@code [current=]<integer>} or {@code [file=]<string>,size=<string>,…}: the first keys of the grammar. */
    static String grammar(PropertyStringFormat format) {
        List<Property> keys = format.keys();
        String shown = keys.stream()
                .sorted((a, b) -> Boolean.compare(!isDefault(format, a), !isDefault(format, b)))
                .limit(MAX_KEYS_SHOWN)
                .map(key -> (isDefault(format, key) ? "[" + key.name() + "=]" : key.name() + "=") + "<"
                        + TypeShape.of(key.type()).schemaName() + ">")
                .collect(Collectors.joining(","));
        return keys.size() > MAX_KEYS_SHOWN ? shown + ",…" : shown;
    }

    private static boolean isDefault(PropertyStringFormat format, Property key) {
        return format.defaultKey().filter(key.name()::equals).isPresent();
    }

    /** {@code (16..)}, {@code (..4096)}, {@code (1..10)}; empty when unbounded. */
    static Optional<String> range(Optional<BigDecimal> min, Optional<BigDecimal> max) {
        if (min.isEmpty() && max.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("(" + min.map(TypeText::number).orElse("") + ".."
                + max.map(TypeText::number).orElse("") + ")");
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String separatorName(String separator) {
        return switch (separator) {
            case "\0" -> "NUL";
            case "," -> "comma";
            case ";" -> "semicolon";
            case " " -> "space";
            default -> "`" + separator + "`";
        };
    }

    /** At most {@code limit} values, back-quoted, then "and N more". */
    static String values(List<String> values, int limit) {
        String shown = values.stream().limit(limit).map(v -> "`" + v + "`").collect(Collectors.joining(", "));
        return values.size() > limit ? shown + " and " + (values.size() - limit) + " more" : shown;
    }
}
