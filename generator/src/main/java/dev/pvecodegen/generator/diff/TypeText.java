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
        return type.accept(DESCRIBE);
    }

    /** Constraints where the type has them; otherwise the shape's schema name. */
    private static final ApiType.Visitor<String> DESCRIBE = new ApiType.Visitor<>() {
        @Override
        public String visitStringType(ApiType.StringType type) {
            return "string" + type.format().map(f -> " (format `" + f + "`)").orElse("");
        }

        @Override
        public String visitIntegerType(ApiType.IntegerType type) {
            return "integer"
                    + range(type.minimum(), type.maximum()).map(r -> " " + r).orElse("");
        }

        @Override
        public String visitNumberType(ApiType.NumberType type) {
            return "number"
                    + range(type.minimum(), type.maximum()).map(r -> " " + r).orElse("");
        }

        @Override
        public String visitBooleanType(ApiType.BooleanType type) {
            return shapeName(type);
        }

        @Override
        public String visitEnumType(ApiType.EnumType type) {
            return "enum of " + type.values().size() + " value" + (type.values().size() == 1 ? "" : "s");
        }

        @Override
        public String visitArrayType(ApiType.ArrayType type) {
            return "array of " + describe(type.items());
        }

        @Override
        public String visitObjectType(ApiType.ObjectType type) {
            return shapeName(type);
        }

        @Override
        public String visitListStringType(ApiType.ListStringType type) {
            return "list string" + type.format().map(f -> " `" + f + "`").orElse("") + " ("
                    + separatorName(type.separator()) + "-separated)";
        }

        @Override
        public String visitPropertyStringType(ApiType.PropertyStringType type) {
            return "property string `" + grammar(type.format()) + "`";
        }

        @Override
        public String visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
            return "opaque property string `" + type.format() + "`";
        }

        @Override
        public String visitOneOfType(ApiType.OneOfType type) {
            return "union on `" + type.discriminator() + "`";
        }

        @Override
        public String visitAnyType(ApiType.AnyType type) {
            return shapeName(type);
        }

        @Override
        public String visitNullType(ApiType.NullType type) {
            return shapeName(type);
        }

        @Override
        public String visitUpidType(ApiType.UpidType type) {
            return shapeName(type);
        }

        private String shapeName(ApiType type) {
            return TypeShape.of(type).schemaName();
        }
    };

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
