package dev.pvecodegen.generator.bind;

import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Property;

/**
 * Structural keys of types: two shapes with equal keys are one generated class. Documentation and JSON pointers
 * are left out on purpose, so that the same shape returned by several operations is one type.
 */
final class ShapeKeys implements ApiType.Visitor<Void> {
    private final StringBuilder out = new StringBuilder();

    private ShapeKeys() {}

    static String of(ApiType type) {
        ShapeKeys keys = new ShapeKeys();
        type.accept(keys);
        return keys.out.toString();
    }

    /** The key of an enum: its base and values. */
    static String ofEnum(ApiType.EnumType type) {
        return "e" + type.base() + type.values();
    }

    @Override
    public Void visitStringType(ApiType.StringType type) {
        out.append('s');
        return null;
    }

    @Override
    public Void visitIntegerType(ApiType.IntegerType type) {
        out.append(type.fitsInt() ? 'i' : 'l');
        return null;
    }

    @Override
    public Void visitNumberType(ApiType.NumberType type) {
        out.append('n');
        return null;
    }

    @Override
    public Void visitBooleanType(ApiType.BooleanType type) {
        out.append('b');
        return null;
    }

    @Override
    public Void visitEnumType(ApiType.EnumType type) {
        out.append(ofEnum(type));
        return null;
    }

    @Override
    public Void visitArrayType(ApiType.ArrayType type) {
        out.append("a(");
        type.items().accept(this);
        out.append(')');
        return null;
    }

    @Override
    public Void visitObjectType(ApiType.ObjectType type) {
        out.append("o{");
        for (Property p : type.properties()) {
            out.append(p.name())
                    .append(p.optional() ? "?" : "")
                    .append(p.family().isPresent() ? "[]" : "")
                    .append(p.instanceTypes())
                    .append(':');
            p.type().accept(this);
            out.append(';');
        }
        if (type.additional() instanceof AdditionalProperties.Typed typed) {
            out.append("*:");
            typed.valueType().accept(this);
        }
        out.append('}');
        return null;
    }

    @Override
    public Void visitListStringType(ApiType.ListStringType type) {
        out.append("L(");
        type.element().accept(this);
        out.append(')');
        return null;
    }

    @Override
    public Void visitPropertyStringType(ApiType.PropertyStringType type) {
        out.append("p(").append(type.format().id()).append(')');
        return null;
    }

    @Override
    public Void visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
        out.append('s');
        return null;
    }

    @Override
    public Void visitOneOfType(ApiType.OneOfType type) {
        out.append("u(");
        type.variants().forEach(v -> v.type().accept(this));
        out.append(')');
        return null;
    }

    @Override
    public Void visitAnyType(ApiType.AnyType type) {
        out.append('*');
        return null;
    }

    @Override
    public Void visitNullType(ApiType.NullType type) {
        out.append('*');
        return null;
    }

    @Override
    public Void visitUpidType(ApiType.UpidType type) {
        out.append('t');
        return null;
    }
}
