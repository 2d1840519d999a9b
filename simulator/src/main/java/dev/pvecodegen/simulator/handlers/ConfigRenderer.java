package dev.pvecodegen.simulator.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.simulator.http.Json;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a config file's text values as the real server's config GET does: integer and number keys as JSON
 * numbers, booleans as {@code 0}/{@code 1}, everything else (property strings such as {@code memory} included)
 * as strings.
 */
final class ConfigRenderer {
    private static final Pattern INDEXED = Pattern.compile("([a-z]+)(\\d+)");

    private final Optional<ApiType.ObjectType> schema;

    ConfigRenderer(ApiType returnsType) {
        this.schema = returnsType instanceof ApiType.ObjectType object ? Optional.of(object) : Optional.empty();
    }

    ObjectNode render(Map<String, String> config) {
        ObjectNode json = Json.object();
        config.forEach((key, value) -> {
            if (typeOf(key).filter(type -> type.accept(NUMERIC)).isPresent()) {
                try {
                    BigDecimal number = new BigDecimal(value.trim());
                    if (number.scale() <= 0) {
                        json.put(key, number.longValueExact());
                    } else {
                        json.put(key, number);
                    }
                    return;
                } catch (NumberFormatException | ArithmeticException notNumeric) {
                    // stored text that is not a number: keep it as the file has it
                }
            }
            json.put(key, value);
        });
        return json;
    }

    private Optional<ApiType> typeOf(String key) {
        if (schema.isEmpty()) {
            return Optional.empty();
        }
        for (Property property : schema.get().properties()) {
            if (property.family().isEmpty() && property.name().equals(key)) {
                return Optional.of(property.type());
            }
        }
        Matcher indexed = INDEXED.matcher(key);
        if (indexed.matches()) {
            return schema.get().properties().stream()
                    .filter(p -> p.family().isPresent() && p.name().equals(indexed.group(1)))
                    .findFirst()
                    .map(Property::type);
        }
        return Optional.empty();
    }

    /** The types the server writes as JSON numbers in a config answer: integers, numbers and booleans. */
    private static final ApiType.Visitor<Boolean> NUMERIC = new ApiType.Visitor<>() {
        @Override
        public Boolean visitStringType(ApiType.StringType type) {
            return false;
        }

        @Override
        public Boolean visitIntegerType(ApiType.IntegerType type) {
            return true;
        }

        @Override
        public Boolean visitNumberType(ApiType.NumberType type) {
            return true;
        }

        @Override
        public Boolean visitBooleanType(ApiType.BooleanType type) {
            return true;
        }

        @Override
        public Boolean visitEnumType(ApiType.EnumType type) {
            return false;
        }

        @Override
        public Boolean visitArrayType(ApiType.ArrayType type) {
            return false;
        }

        @Override
        public Boolean visitObjectType(ApiType.ObjectType type) {
            return false;
        }

        @Override
        public Boolean visitListStringType(ApiType.ListStringType type) {
            return false;
        }

        @Override
        public Boolean visitPropertyStringType(ApiType.PropertyStringType type) {
            return false;
        }

        @Override
        public Boolean visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
            return false;
        }

        @Override
        public Boolean visitOneOfType(ApiType.OneOfType type) {
            return false;
        }

        @Override
        public Boolean visitAnyType(ApiType.AnyType type) {
            return false;
        }

        @Override
        public Boolean visitNullType(ApiType.NullType type) {
            return false;
        }

        @Override
        public Boolean visitUpidType(ApiType.UpidType type) {
            return false;
        }
    };
}
