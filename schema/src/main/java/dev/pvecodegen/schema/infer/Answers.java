package dev.pvecodegen.schema.infer;

import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Origin;
import dev.pvecodegen.schema.model.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shapes inference works on: an answer that is an object ({@code {…}}) or a list of objects ({@code [{…}]}),
 * how to rebuild it with more properties, and when two declarations of a property have the same Java shape.
 */
final class Answers {

    private Answers() {}

    /** The object of an object answer or of a list answer's items; empty for anything else. */
    static Optional<ApiType.ObjectType> object(ApiType answer) {
        if (answer instanceof ApiType.ObjectType object) {
            return Optional.of(object);
        }
        if (answer instanceof ApiType.ArrayType array && array.items() instanceof ApiType.ObjectType items) {
            return Optional.of(items);
        }
        return Optional.empty();
    }

    static boolean isList(ApiType answer) {
        return answer instanceof ApiType.ArrayType;
    }

    /** True when inference may add to this object: it is not a map ({@code additionalProperties: {schema}}) or a union. */
    static boolean refinable(ApiType.ObjectType object) {
        return !(object.additional() instanceof AdditionalProperties.Typed)
                && object.discriminator().isEmpty();
    }

    /**
     * True when the schema itself declares a property of this object. Rules for "objects without properties" look
     * at the schema's declaration: a supplement adding a member or two does not make the object described.
     */
    static boolean declaresAny(ApiType.ObjectType object) {
        return object.properties().stream().anyMatch(p -> p.origin().isSchema());
    }

    /** The answer with {@code added} appended to its object's properties (those it declares already are skipped). */
    static Optional<ApiType> with(ApiType answer, List<Property> added) {
        ApiType.ObjectType object = object(answer).orElseThrow();
        Set<String> names = new HashSet<>();
        object.properties().forEach(p -> names.add(p.name()));
        List<Property> properties = new ArrayList<>(object.properties());
        for (Property property : added) {
            if (names.add(property.name())) {
                properties.add(property);
            }
        }
        if (properties.size() == object.properties().size()) {
            return Optional.empty();
        }
        ApiType.ObjectType refined = new ApiType.ObjectType(properties, object.additional(), object.discriminator());
        return Optional.of(answer instanceof ApiType.ArrayType ? new ApiType.ArrayType(refined) : refined);
    }

    /** The answer of a {@code GET}; empty for other methods (inference is about what reads return). */
    static Optional<ApiType> ofGet(Operation operation) {
        return operation.method() == HttpMethod.GET
                ? Optional.of(operation.returns().type())
                : Optional.empty();
    }

    /** The body parameters of {@code writer} a read answer carries too, as inferred properties. */
    static List<Property> readableBody(Operation writer, String rule, Dialect dialect) {
        return writer.requestParameters().stream()
                .filter(p -> !WriteOnlyParameters.isWriteOnly(p, dialect))
                .map(p -> inferred(p.property(), rule, writer.key()))
                .toList();
    }

    /** A property copied from another declaration, optional and marked with where it comes from. */
    static Property inferred(Property from, String rule, String fromOperation) {
        return from.withOrigin(Origin.inferred(rule, fromOperation));
    }

    /**
     * The Java shape of a type, for deciding that two declarations describe the same field: kinds compare, while
     * constraints, formats, enum values and documentation do not.
     */
    static String shape(ApiType type) {
        return type.accept(new ApiType.Visitor<String>() {
            @Override
            public String visitStringType(ApiType.StringType t) {
                return "string";
            }

            @Override
            public String visitIntegerType(ApiType.IntegerType t) {
                return "number";
            }

            @Override
            public String visitNumberType(ApiType.NumberType t) {
                return "number";
            }

            @Override
            public String visitBooleanType(ApiType.BooleanType t) {
                return "boolean";
            }

            @Override
            public String visitEnumType(ApiType.EnumType t) {
                return "string";
            }

            @Override
            public String visitArrayType(ApiType.ArrayType t) {
                return "[" + shape(t.items()) + "]";
            }

            @Override
            public String visitObjectType(ApiType.ObjectType t) {
                return "object";
            }

            @Override
            public String visitListStringType(ApiType.ListStringType t) {
                return "string";
            }

            @Override
            public String visitPropertyStringType(ApiType.PropertyStringType t) {
                return "string";
            }

            @Override
            public String visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType t) {
                return "string";
            }

            @Override
            public String visitOneOfType(ApiType.OneOfType t) {
                return "any";
            }

            @Override
            public String visitAnyType(ApiType.AnyType t) {
                return "any";
            }

            @Override
            public String visitNullType(ApiType.NullType t) {
                return "null";
            }

            @Override
            public String visitUpidType(ApiType.UpidType t) {
                return "string";
            }
        });
    }
}
