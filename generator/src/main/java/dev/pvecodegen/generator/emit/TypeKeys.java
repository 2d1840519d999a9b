package dev.pvecodegen.generator.emit;

import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Property;

/**
 * Structural keys of types: two shapes with equal keys generate one shared class. Documentation and JSON
 * pointers are left out on purpose, so that the same shape returned by several operations is one type.
 */
final class TypeKeys {

    private TypeKeys() {}

    static String of(ApiType type) {
        StringBuilder out = new StringBuilder();
        append(out, type);
        return out.toString();
    }

    private static void append(StringBuilder out, ApiType type) {
        if (type instanceof ApiType.IntegerType i) {
            out.append(i.fitsInt() ? "i" : "l");
        } else if (type instanceof ApiType.NumberType) {
            out.append("n");
        } else if (type instanceof ApiType.BooleanType) {
            out.append("b");
        } else if (type instanceof ApiType.EnumType e) {
            out.append("e").append(e.values());
        } else if (type instanceof ApiType.ArrayType a) {
            out.append("a(");
            append(out, a.items());
            out.append(')');
        } else if (type instanceof ApiType.ListStringType l) {
            out.append("L(");
            append(out, l.element());
            out.append(')');
        } else if (type instanceof ApiType.PropertyStringType p) {
            out.append("p(").append(p.format().id()).append(')');
        } else if (type instanceof ApiType.OneOfType o) {
            out.append("u(");
            o.variants().forEach(v -> append(out, v.type()));
            out.append(')');
        } else if (type instanceof ApiType.ObjectType o) {
            out.append("o{");
            for (Property p : o.properties()) {
                out.append(p.name())
                        .append(p.optional() ? "?" : "")
                        .append(p.family().isPresent() ? "[]" : "")
                        .append(p.instanceTypes())
                        .append(':');
                append(out, p.type());
                out.append(';');
            }
            if (o.additional() instanceof AdditionalProperties.Typed t) {
                out.append("*:");
                append(out, t.valueType());
            }
            out.append('}');
        } else if (type instanceof ApiType.AnyType || type instanceof ApiType.NullType) {
            out.append("*");
        } else if (type instanceof ApiType.UpidType) {
            out.append("t");
        } else {
            out.append("s");
        }
    }
}
