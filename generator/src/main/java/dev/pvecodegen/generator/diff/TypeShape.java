package dev.pvecodegen.generator.diff;

import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiType;

/**
 * The Java-visible shape of a model type: two types with different shapes give a generated accessor of a
 * different Java type, so moving between shapes is a type change. Descriptions stay neutral about the exact
 * generated class names, which belong to the emitter.
 */
enum TypeShape {
    STRING("string", "`String`"),
    INTEGER("integer", "an integer (`int`/`long`)"),
    NUMBER("number", "a decimal number"),
    BOOLEAN("boolean", "`boolean`"),
    ENUM("enum", "a generated enum"),
    ARRAY("array", "a `List`"),
    LIST_STRING("list string", "a list joined into one string"),
    OBJECT("object", "a generated class"),
    MAP("map", "a map or raw JSON"),
    PROPERTY_STRING("property string", "a property-string value class"),
    OPAQUE_PROPERTY_STRING("opaque property string", "a `String` (property string without a schema)"),
    UNION("union", "a value whose type depends on the discriminator"),
    ANY("any JSON", "raw JSON"),
    NOTHING("nothing", "nothing (`void`)"),
    TASK("task id (UPID)", "a task handle (UPID)");

    private final String schemaName;
    private final String javaHint;

    TypeShape(String schemaName, String javaHint) {
        this.schemaName = schemaName;
        this.javaHint = javaHint;
    }

    static TypeShape of(ApiType type) {
        if (type instanceof ApiType.StringType) {
            return STRING;
        } else if (type instanceof ApiType.IntegerType) {
            return INTEGER;
        } else if (type instanceof ApiType.NumberType) {
            return NUMBER;
        } else if (type instanceof ApiType.BooleanType) {
            return BOOLEAN;
        } else if (type instanceof ApiType.EnumType) {
            return ENUM;
        } else if (type instanceof ApiType.ArrayType) {
            return ARRAY;
        } else if (type instanceof ApiType.ListStringType) {
            return LIST_STRING;
        } else if (type instanceof ApiType.ObjectType object) {
            return object.properties().isEmpty() && !(object.additional() instanceof AdditionalProperties.Closed)
                    ? MAP
                    : OBJECT;
        } else if (type instanceof ApiType.PropertyStringType) {
            return PROPERTY_STRING;
        } else if (type instanceof ApiType.OpaquePropertyStringType) {
            return OPAQUE_PROPERTY_STRING;
        } else if (type instanceof ApiType.OneOfType) {
            return UNION;
        } else if (type instanceof ApiType.AnyType) {
            return ANY;
        } else if (type instanceof ApiType.NullType) {
            return NOTHING;
        }
        return TASK;
    }

    /** Plain text in Java: a string or a property string without a schema (both {@code String}). */
    boolean isText() {
        return this == STRING || this == OPAQUE_PROPERTY_STRING;
    }

    /** How the schema calls it: {@code property string}. */
    String schemaName() {
        return schemaName;
    }

    /** What the generated accessor deals in, without committing to generated class names. */
    String javaHint() {
        return javaHint;
    }
}
