package dev.pvecodegen.generator.coverage;

import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.BodyKind;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.PropertyStringFormat;

/**
 * What the generated client makes of a model type when it reads an answer, following the documented mapping of
 * "How the schema maps to Java": a declared accessor of some Java type, or a raw fallback ({@code JsonNode}).
 */
sealed interface JavaShape {

    /** Kept as {@code JsonNode}: everything inside is raw. */
    record Raw() implements JavaShape {}

    /** {@code void}: the client discards whatever comes. */
    record Discarded() implements JavaShape {}

    /** A scalar read leniently. */
    record Scalar(Kind kind) implements JavaShape {}

    /** A property-string value class. */
    record PropertyString(PropertyStringFormat format) implements JavaShape {}

    /** A generated response class. */
    record Object(ApiType.ObjectType type) implements JavaShape {}

    /** {@code List<element>}. */
    record ListOf(JavaShape element) implements JavaShape {}

    /** {@code Map<String, value>}. */
    record MapOf(JavaShape value) implements JavaShape {}

    /** The scalar Java types of responses. */
    enum Kind {
        STRING,
        LONG,
        INTEGER,
        DOUBLE,
        BOOLEAN,
        ENUM
    }

    static JavaShape returned(Operation operation) {
        ApiType type = operation.returns().type();
        if (type instanceof ApiType.NullType) {
            return operation.method() == HttpMethod.GET ? new Raw() : new Discarded();
        }
        if (operation.isTask()) {
            return new Scalar(Kind.STRING);
        }
        if (operation.flags().body() == BodyKind.DOWNLOAD) {
            return new Raw();
        }
        return of(type);
    }

    static JavaShape of(ApiType type) {
        if (type instanceof ApiType.ArrayType array) {
            JavaShape item = of(array.items());
            return isContainerOrRaw(item) ? new Raw() : new ListOf(item);
        }
        if (type instanceof ApiType.PropertyStringType propertyString) {
            return new PropertyString(propertyString.format());
        }
        if (type instanceof ApiType.ObjectType object) {
            if (!object.properties().isEmpty()) {
                return new Object(object);
            }
            if (object.additional() instanceof AdditionalProperties.Typed typed) {
                JavaShape value = of(typed.valueType());
                return isContainerOrRaw(value) ? new Raw() : new MapOf(value);
            }
            return new Raw();
        }
        if (type instanceof ApiType.UpidType
                || type instanceof ApiType.ListStringType
                || type instanceof ApiType.OpaquePropertyStringType
                || type instanceof ApiType.StringType) {
            return new Scalar(Kind.STRING);
        }
        if (type instanceof ApiType.IntegerType integer) {
            return new Scalar(integer.fitsInt() ? Kind.INTEGER : Kind.LONG);
        }
        if (type instanceof ApiType.NumberType) {
            return new Scalar(Kind.DOUBLE);
        }
        if (type instanceof ApiType.BooleanType) {
            return new Scalar(Kind.BOOLEAN);
        }
        if (type instanceof ApiType.EnumType) {
            return new Scalar(Kind.ENUM);
        }
        return new Raw();
    }

    /** A list of lists, a list of maps or of raw values is itself raw (the generator never nests generics). */
    private static boolean isContainerOrRaw(JavaShape shape) {
        return shape instanceof ListOf || shape instanceof MapOf || shape instanceof Raw;
    }
}
