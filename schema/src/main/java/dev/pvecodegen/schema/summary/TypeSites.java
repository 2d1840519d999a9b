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
        if (type instanceof ApiType.ArrayType array) {
            visit(location + "[]", array.items(), out);
        } else if (type instanceof ApiType.ObjectType object) {
            for (Property property : object.properties()) {
                visit(location + " › " + property.schemaName(), property.type(), out);
            }
            if (object.additional() instanceof AdditionalProperties.Typed typed) {
                visit(location + " › {*}", typed.valueType(), out);
            }
        } else if (type instanceof ApiType.ListStringType list) {
            visit(location + "[]", list.element(), out);
        } else if (type instanceof ApiType.OneOfType oneOf) {
            for (ApiType.Variant variant : oneOf.variants()) {
                visit(
                        location + " (" + oneOf.discriminator() + "=" + String.join("|", variant.instanceTypes()) + ")",
                        variant.type(),
                        out);
            }
        }
        // Property-string keys are listed once per format by of(), not at every use.
    }
}
