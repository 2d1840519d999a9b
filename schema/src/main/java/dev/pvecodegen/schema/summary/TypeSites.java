package dev.pvecodegen.schema.summary;

import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists every type of a model with its location: parameters and returns of every operation, then the keys of
 * every property-string format once (formats are shared, so their keys are listed under the format id).
 */
public final class TypeSites {

    private TypeSites() {}

    public static List<TypeSite> of(ApiModel model) {
        List<TypeSite> out = new ArrayList<>();
        for (Operation op : model.operations()) {
            for (Parameter parameter : op.parameters()) {
                visit(
                        op.key() + " › " + parameter.property().schemaName(),
                        parameter.property().type(),
                        out);
            }
            visit(op.key() + " › returns", op.returns().type(), out);
        }
        for (PropertyStringFormat format : model.propertyStringFormats().values()) {
            for (Property key : format.keys()) {
                visit("format " + format.id() + " › " + key.schemaName(), key.type(), out);
            }
        }
        return out;
    }

    private static void visit(String location, ApiType type, List<TypeSite> out) {
        out.add(new TypeSite(location, type));
        type.accept(new Nested(location, out));
    }

    /**
     * Visits the types nested in one type, each at its own location. Property-string keys are listed once per
     * format by {@link #of}, not at every use.
     */
    private record Nested(String location, List<TypeSite> out) implements ApiType.Visitor<Void> {
        @Override
        public Void visitStringType(ApiType.StringType type) {
            return null;
        }

        @Override
        public Void visitIntegerType(ApiType.IntegerType type) {
            return null;
        }

        @Override
        public Void visitNumberType(ApiType.NumberType type) {
            return null;
        }

        @Override
        public Void visitBooleanType(ApiType.BooleanType type) {
            return null;
        }

        @Override
        public Void visitEnumType(ApiType.EnumType type) {
            return null;
        }

        @Override
        public Void visitArrayType(ApiType.ArrayType type) {
            visit(location + "[]", type.items(), out);
            return null;
        }

        @Override
        public Void visitObjectType(ApiType.ObjectType type) {
            for (Property property : type.properties()) {
                visit(location + " › " + property.schemaName(), property.type(), out);
            }
            if (type.additional() instanceof AdditionalProperties.Typed typed) {
                visit(location + " › {*}", typed.valueType(), out);
            }
            return null;
        }

        @Override
        public Void visitListStringType(ApiType.ListStringType type) {
            visit(location + "[]", type.element(), out);
            return null;
        }

        @Override
        public Void visitPropertyStringType(ApiType.PropertyStringType type) {
            return null;
        }

        @Override
        public Void visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
            return null;
        }

        @Override
        public Void visitOneOfType(ApiType.OneOfType type) {
            for (ApiType.Variant variant : type.variants()) {
                visit(
                        location + " (" + type.discriminator() + "=" + String.join("|", variant.instanceTypes()) + ")",
                        variant.type(),
                        out);
            }
            return null;
        }

        @Override
        public Void visitAnyType(ApiType.AnyType type) {
            return null;
        }

        @Override
        public Void visitNullType(ApiType.NullType type) {
            return null;
        }

        @Override
        public Void visitUpidType(ApiType.UpidType type) {
            return null;
        }
    }
}
