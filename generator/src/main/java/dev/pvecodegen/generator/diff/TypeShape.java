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
        return type.accept(OF);
    }

    /** Every variant named: a new one fails to compile here instead of passing for another shape. */
    private static final ApiType.Visitor<TypeShape> OF = new ApiType.Visitor<>() {
        @Override
        public TypeShape visitStringType(ApiType.StringType type) {
            return STRING;
        }

        @Override
        public TypeShape visitIntegerType(ApiType.IntegerType type) {
            return INTEGER;
        }

        @Override
        public TypeShape visitNumberType(ApiType.NumberType type) {
            return NUMBER;
        }

        @Override
        public TypeShape visitBooleanType(ApiType.BooleanType type) {
            return BOOLEAN;
        }

        @Override
        public TypeShape visitEnumType(ApiType.EnumType type) {
            return ENUM;
        }

        @Override
        public TypeShape visitArrayType(ApiType.ArrayType type) {
            return ARRAY;
        }

        @Override
        public TypeShape visitObjectType(ApiType.ObjectType type) {
            return type.properties().isEmpty() && !(type.additional() instanceof AdditionalProperties.Closed)
                    ? MAP
                    : OBJECT;
        }

        @Override
        public TypeShape visitListStringType(ApiType.ListStringType type) {
            return LIST_STRING;
        }

        @Override
        public TypeShape visitPropertyStringType(ApiType.PropertyStringType type) {
            return PROPERTY_STRING;
        }

        @Override
        public TypeShape visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
            return OPAQUE_PROPERTY_STRING;
        }

        @Override
        public TypeShape visitOneOfType(ApiType.OneOfType type) {
            return UNION;
        }

        @Override
        public TypeShape visitAnyType(ApiType.AnyType type) {
            return ANY;
        }

        @Override
        public TypeShape visitNullType(ApiType.NullType type) {
            return NOTHING;
        }

        @Override
        public TypeShape visitUpidType(ApiType.UpidType type) {
            return TASK;
        }
    };

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
