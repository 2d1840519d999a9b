package dev.pvecodegen.simulator.validation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.IndexRange;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.simulator.http.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Converts model types to JSON Schema (2020-12) for networknt's validator.
 *
 * <p>{@link Mode#PARAMETERS} describes parameters <em>after</em> {@link ParameterCoercer} turned wire text into
 * JSON values: booleans are JSON booleans, list strings arrays, property strings objects. {@link Mode#RETURNS}
 * describes answers as clients must read them: booleans as {@code 0/1} or JSON booleans, numbers possibly as
 * numeric strings.
 */
public final class TypeSchemas {

    /** Which side of the wire a schema describes. */
    public enum Mode {
        PARAMETERS,
        RETURNS
    }

    private final Mode mode;

    public TypeSchemas(Mode mode) {
        this.mode = mode;
    }

    public ObjectNode schema(ApiType type) {
        ObjectNode schema = Json.object();
        if (type instanceof ApiType.StringType string) {
            schema.put("type", "string");
            string.minLength().ifPresent(min -> schema.put("minLength", min));
            string.maxLength().ifPresent(max -> schema.put("maxLength", max));
            string.pattern().ifPresent(pattern -> schema.put("pattern", anchored(pattern)));
        } else if (type instanceof ApiType.IntegerType integer) {
            numeric(schema, "integer");
            integer.minimum().ifPresent(min -> schema.put("minimum", min));
            integer.maximum().ifPresent(max -> schema.put("maximum", max));
        } else if (type instanceof ApiType.NumberType number) {
            numeric(schema, "number");
            number.minimum().ifPresent(min -> schema.put("minimum", min));
            number.maximum().ifPresent(max -> schema.put("maximum", max));
        } else if (type instanceof ApiType.BooleanType) {
            if (mode == Mode.PARAMETERS) {
                schema.put("type", "boolean");
            } else {
                ArrayNode values = schema.putArray("enum");
                values.add(0).add(1).add("0").add("1").add("").add(true).add(false);
            }
        } else if (type instanceof ApiType.EnumType enumType) {
            enumSchema(schema, enumType);
        } else if (type instanceof ApiType.ArrayType array) {
            schema.put("type", "array");
            schema.set("items", schema(array.items()));
        } else if (type instanceof ApiType.ObjectType object) {
            objectSchema(schema, object.properties(), object.additional());
        } else if (type instanceof ApiType.ListStringType list) {
            if (mode == Mode.PARAMETERS) {
                schema.put("type", "array");
                schema.set("items", schema(list.element()));
            } else {
                schema.put("type", "string");
            }
        } else if (type instanceof ApiType.PropertyStringType propertyString) {
            if (mode == Mode.PARAMETERS) {
                objectSchema(schema, propertyString.format().keys(), new AdditionalProperties.Closed());
            } else {
                schema.put("type", "string");
            }
        } else if (type instanceof ApiType.NullType) {
            schema.put("type", "null");
        } else if (type instanceof ApiType.OpaquePropertyStringType || type instanceof ApiType.UpidType) {
            schema.put("type", "string");
        }
        // OneOfType: the alternative depends on the discriminator (RequestValidator coerces per variant and the
        // operation schema adds if/then rules); AnyType: anything.
        return schema;
    }

    /** An object schema: declared properties, families as pattern properties, required keys, closed or open. */
    public ObjectNode objectSchema(ObjectNode schema, List<Property> properties, AdditionalProperties additional) {
        schema.put("type", "object");
        ObjectNode props = Json.object();
        ObjectNode patterns = Json.object();
        ArrayNode required = Json.array();
        ObjectNode dependent = Json.object();
        for (Property property : properties) {
            ObjectNode propertySchema = schema(property.type());
            if (property.family().isPresent()) {
                patterns.set(familyPattern(property.name(), property.family().get()), propertySchema);
                continue;
            }
            props.set(property.name(), propertySchema);
            if (!property.optional()) {
                required.add(property.name());
            }
            if (mode == Mode.PARAMETERS && !property.doc().requires().isEmpty()) {
                ArrayNode needs = dependent.putArray(property.name());
                property.doc().requires().forEach(needs::add);
            }
        }
        schema.set("properties", props);
        if (!patterns.isEmpty()) {
            schema.set("patternProperties", patterns);
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        if (!dependent.isEmpty()) {
            schema.set("dependentRequired", dependent);
        }
        if (additional instanceof AdditionalProperties.Closed) {
            schema.put("additionalProperties", false);
        } else if (additional instanceof AdditionalProperties.Typed typed) {
            schema.set("additionalProperties", schema(typed.valueType()));
        }
        return schema;
    }

    /** {@code ^net(?:0|1|…|31)$}: exactly the concrete names of a family. */
    public static String familyPattern(String base, IndexRange range) {
        String indices = IntStream.rangeClosed(range.min(), range.max())
                .mapToObj(Integer::toString)
                .collect(Collectors.joining("|"));
        return "^" + Pattern.quote(base) + "(?:" + indices + ")$";
    }

    /** PVE tests {@code $value =~ m/^$pattern$/}; JSON Schema patterns are unanchored searches. */
    static String anchored(String pattern) {
        return "^(?:" + pattern + ")$";
    }

    private void numeric(ObjectNode schema, String type) {
        if (mode == Mode.PARAMETERS) {
            schema.put("type", type);
        } else {
            ArrayNode types = schema.putArray("type");
            types.add(type).add("string");
        }
    }

    private void enumSchema(ObjectNode schema, ApiType.EnumType enumType) {
        ArrayNode values = schema.putArray("enum");
        for (String value : enumType.values()) {
            values.add(value);
            if (mode == Mode.RETURNS && enumType.base() != ApiType.ScalarKind.STRING) {
                try {
                    BigDecimal number = new BigDecimal(value);
                    if (number.scale() <= 0) {
                        values.add(number.toBigIntegerExact());
                    } else {
                        values.add(number);
                    }
                } catch (NumberFormatException | ArithmeticException notNumeric) {
                    // a string value declared on a numeric enum: the text form above covers it
                }
            }
        }
    }
}
