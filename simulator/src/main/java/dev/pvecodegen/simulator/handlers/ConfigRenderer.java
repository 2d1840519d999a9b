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
            ApiType type = typeOf(key).orElse(null);
            if (type instanceof ApiType.IntegerType
                    || type instanceof ApiType.NumberType
                    || type instanceof ApiType.BooleanType) {
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
}
