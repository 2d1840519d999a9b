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
        type.accept(new Describer(schema));
        return schema;
    }

    /** Writes the JSON Schema of the visited type into one schema object. */
    private final class Describer implements ApiType.Visitor<Void> {
        private final ObjectNode schema;

        Describer(ObjectNode schema) {
            this.schema = schema;
        }

        @Override
        public Void visitStringType(ApiType.StringType type) {
            schema.put("type", "string");
            type.minLength().ifPresent(min -> schema.put("minLength", min));
            type.maxLength().ifPresent(max -> schema.put("maxLength", max));
            type.pattern().ifPresent(pattern -> schema.put("pattern", anchored(pattern)));
            return null;
        }

        @Override
        public Void visitIntegerType(ApiType.IntegerType type) {
            numeric(schema, "integer");
            type.minimum().ifPresent(min -> schema.put("minimum", min));
            type.maximum().ifPresent(max -> schema.put("maximum", max));
            return null;
        }

        @Override
        public Void visitNumberType(ApiType.NumberType type) {
            numeric(schema, "number");
            type.minimum().ifPresent(min -> schema.put("minimum", min));
            type.maximum().ifPresent(max -> schema.put("maximum", max));
            return null;
        }

        @Override
        public Void visitBooleanType(ApiType.BooleanType type) {
            if (mode == Mode.PARAMETERS) {
                schema.put("type", "boolean");
            } else {
                ArrayNode values = schema.putArray("enum");
                values.add(0).add(1).add("0").add("1").add("").add(true).add(false);
            }
            return null;
        }

        @Override
        public Void visitEnumType(ApiType.EnumType type) {
            enumSchema(schema, type);
            return null;
        }

        @Override
        public Void visitArrayType(ApiType.ArrayType type) {
            schema.put("type", "array");
            schema.set("items", schema(type.items()));
            return null;
        }

        @Override
        public Void visitObjectType(ApiType.ObjectType type) {
            objectSchema(schema, type.properties(), type.additional());
            return null;
        }

        @Override
        public Void visitListStringType(ApiType.ListStringType type) {
            if (mode == Mode.PARAMETERS) {
                schema.put("type", "array");
                schema.set("items", schema(type.element()));
            } else {
                schema.put("type", "string");
            }
            return null;
        }

        @Override
        public Void visitPropertyStringType(ApiType.PropertyStringType type) {
            if (mode == Mode.PARAMETERS) {
                objectSchema(schema, type.format().keys(), new AdditionalProperties.Closed());
            } else {
                schema.put("type", "string");
            }
            return null;
        }

        @Override
        public Void visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
            schema.put("type", "string");
            return null;
        }

        @Override
        public Void visitOneOfType(ApiType.OneOfType type) {
            // The alternative depends on the discriminator: RequestValidator coerces per variant and the operation
            // schema adds if/then rules.
            return null;
        }

        @Override
        public Void visitAnyType(ApiType.AnyType type) {
            return null; // anything
        }

        @Override
        public Void visitNullType(ApiType.NullType type) {
            schema.put("type", "null");
            return null;
        }

        @Override
        public Void visitUpidType(ApiType.UpidType type) {
            schema.put("type", "string");
            return null;
        }
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
