package dev.pvecodegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.pvecodegen.generator.bind.BoundModel;
import dev.pvecodegen.generator.bind.BoundType;
import dev.pvecodegen.generator.bind.JavaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JavaPoet types of the binder's {@link JavaType}s, and lookups of the bound classes they name. */
final class TypeNames {
    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName MAP = ClassName.get(Map.class);
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");

    private final BoundModel model;

    TypeNames(BoundModel model) {
        this.model = model;
    }

    BoundModel model() {
        return model;
    }

    /** The class of a bound type: {@code model.QemuNet}, {@code model.QemuNet.Model}. */
    ClassName named(String name) {
        String[] parts = name.split("\\.", -1);
        ClassName outer = ClassName.get(model.modelPackage(), parts[0]);
        for (int i = 1; i < parts.length; i++) {
            outer = outer.nestedClass(parts[i]);
        }
        return outer;
    }

    /** The Java type, boxed. */
    TypeName of(JavaType type) {
        if (type instanceof JavaType.Scalar scalar) {
            return scalar(scalar);
        }
        if (type instanceof JavaType.Named named) {
            return named(named.name());
        }
        if (type instanceof JavaType.ListOf list) {
            return ParameterizedTypeName.get(LIST, of(list.element()));
        }
        if (type instanceof JavaType.MapOf map) {
            return ParameterizedTypeName.get(MAP, STRING, of(map.value()));
        }
        return switch ((JavaType.Special) type) {
            case JSON -> JSON_NODE;
            case TASK -> Support.TASK;
            case OPTIONAL_TASK -> ParameterizedTypeName.get(ClassName.get(Optional.class), Support.TASK);
            case VOID -> TypeName.VOID;
        };
    }

    static ClassName scalar(JavaType.Scalar scalar) {
        return switch (scalar) {
            case STRING -> STRING;
            case INTEGER -> ClassName.get(Integer.class);
            case LONG -> ClassName.get(Long.class);
            case DOUBLE -> ClassName.get(Double.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
        };
    }

    /** The unboxed form for builder setters and path variables ({@code int} for {@code Integer}). */
    TypeName unboxed(JavaType type) {
        TypeName boxed = of(type);
        return boxed.isBoxedPrimitive() ? boxed.unbox() : boxed;
    }

    /** The bound class a named type refers to. */
    BoundType bound(JavaType.Named named) {
        return model.type(named.name()).orElseThrow(() -> new IllegalStateException("unbound type " + named.name()));
    }
}
