package dev.pvecodegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.pvecodegen.generator.naming.JavadocText;
import dev.pvecodegen.generator.naming.NamingStrategy;
import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiType;
import java.util.List;
import java.util.Map;

/**
 * Maps model types to Java types, in three contexts: request parameters, response fields and property-string
 * keys. The documented fallbacks: what cannot be sent as a form value becomes {@code String}; what a response
 * leaves open becomes {@code JsonNode}.
 */
final class JavaTypes {
    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName LONG = ClassName.get(Long.class);
    static final ClassName INTEGER = ClassName.get(Integer.class);
    static final ClassName DOUBLE = ClassName.get(Double.class);
    static final ClassName BOOLEAN = ClassName.get(Boolean.class);
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName MAP = ClassName.get(Map.class);
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final TypeName LIST_OF_STRING = ParameterizedTypeName.get(LIST, STRING);

    private final TypeRegistry registry;

    JavaTypes(TypeRegistry registry) {
        this.registry = registry;
    }

    /** The type of a request parameter (boxed; setters unbox). */
    TypeName request(ApiType type, String property, String owner) {
        if (type instanceof ApiType.ArrayType a) {
            return ParameterizedTypeName.get(LIST, request(a.items(), property, owner));
        }
        if (type instanceof ApiType.ListStringType l) {
            return ParameterizedTypeName.get(LIST, request(l.element(), property, owner));
        }
        if (type instanceof ApiType.PropertyStringType p) {
            return registry.formatClass(p.format());
        }
        if (type instanceof ApiType.OneOfType o) {
            return oneOf(o, property, owner);
        }
        TypeName scalar = scalar(type, property, owner);
        return scalar != null ? scalar : STRING;
    }

    /**
     * The type of a property-string key: like a request, but nested property strings stay text and enums are
     * nested in the value class.
     */
    TypeName key(ApiType type, String property, ClassName owner) {
        if (type instanceof ApiType.EnumType e) {
            return registry.nestedEnumClass(e, owner, property);
        }
        if (type instanceof ApiType.ListStringType l) {
            return ParameterizedTypeName.get(LIST, key(l.element(), property, owner));
        }
        if (type instanceof ApiType.ArrayType a) {
            return ParameterizedTypeName.get(LIST, key(a.items(), property, owner));
        }
        TypeName scalar = scalar(type, property, owner.simpleName());
        return scalar != null ? scalar : STRING;
    }

    /** The type of a response field or return value (never primitive; never a nested generic list). */
    TypeName response(ApiType type, String property, String owner) {
        if (type instanceof ApiType.ArrayType a) {
            TypeName item = response(a.items(), property, owner);
            return item instanceof ParameterizedTypeName || item.equals(JSON_NODE)
                    ? JSON_NODE
                    : ParameterizedTypeName.get(LIST, item);
        }
        if (type instanceof ApiType.PropertyStringType p) {
            return registry.formatClass(p.format());
        }
        if (type instanceof ApiType.ObjectType o) {
            if (!o.properties().isEmpty()) {
                return registry.objectClass(
                        o,
                        NamingStrategy.nestedTypeName(owner, property),
                        "the field " + JavadocText.code(property) + " of " + JavadocText.code(owner));
            }
            if (o.additional() instanceof AdditionalProperties.Typed t) {
                TypeName value = response(t.valueType(), property, owner);
                return value instanceof ParameterizedTypeName || value.equals(JSON_NODE)
                        ? JSON_NODE
                        : ParameterizedTypeName.get(MAP, STRING, value);
            }
            return JSON_NODE;
        }
        if (type instanceof ApiType.UpidType
                || type instanceof ApiType.ListStringType
                || type instanceof ApiType.OpaquePropertyStringType) {
            return STRING;
        }
        TypeName scalar = scalar(type, property, owner);
        return scalar != null ? scalar : JSON_NODE;
    }

    /** Scalars shared by all contexts; null when {@code type} is not one. */
    private TypeName scalar(ApiType type, String property, String owner) {
        if (type instanceof ApiType.StringType || type instanceof ApiType.OpaquePropertyStringType) {
            return STRING;
        }
        if (type instanceof ApiType.IntegerType i) {
            return i.fitsInt() ? INTEGER : LONG;
        }
        if (type instanceof ApiType.NumberType) {
            return DOUBLE;
        }
        if (type instanceof ApiType.BooleanType) {
            return BOOLEAN;
        }
        if (type instanceof ApiType.EnumType e) {
            return registry.enumClass(e, property, owner);
        }
        return null;
    }

    /** A property-level union: the type all alternatives share, else text (or a list of texts). */
    private TypeName oneOf(ApiType.OneOfType union, String property, String owner) {
        // Compare shapes first: mapping a variant registers its enums and formats, which only the shared
        // type may do (otherwise unused classes would be generated).
        List<String> shapes =
                union.variants().stream().map(v -> TypeKeys.of(v.type())).toList();
        if (!shapes.isEmpty() && shapes.stream().allMatch(shapes.get(0)::equals)) {
            return request(union.variants().get(0).type(), property, owner);
        }
        boolean allLists = union.variants().stream()
                .allMatch(v -> v.type() instanceof ApiType.ArrayType || v.type() instanceof ApiType.ListStringType);
        return allLists ? LIST_OF_STRING : STRING;
    }

    TypeRegistry registry() {
        return registry;
    }

    /** The unboxed form for builder setters ({@code int} for {@code Integer}); others unchanged. */
    static TypeName setterType(TypeName type) {
        return type.isBoxedPrimitive() ? type.unbox() : type;
    }
}
