package dev.pvecodegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.pvecodegen.generator.bind.TypeVisitor;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Property;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Member shapes shared by the emitters: accessors, builder setters and build-time checks. */
final class Members {

    private Members() {}

    /**
     * An accessor: collections are never null (empty when absent), optional values are {@link Optional},
     * required ones are returned as they are.
     */
    static MethodSpec accessor(String name, TypeName type, boolean required, String doc, boolean deprecated) {
        MethodSpec.Builder method =
                MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).addJavadoc("$L\n", doc);
        deprecated(method, deprecated);
        if (isList(type)) {
            return method.returns(type)
                    .addStatement("return $N == null ? $T.of() : $N", name, List.class, name)
                    .addJavadoc("@return the values, empty when absent\n")
                    .build();
        }
        if (isMap(type)) {
            return method.returns(type)
                    .addStatement("return $N == null ? $T.of() : $N", name, Map.class, name)
                    .addJavadoc("@return the entries, empty when absent\n")
                    .build();
        }
        if (required) {
            return method.returns(type)
                    .addStatement("return $N", name)
                    .addJavadoc("@return the value (null only when the server omitted it)\n")
                    .build();
        }
        String optionals = optionalsFactory(type);
        return method.returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
                .addStatement(
                        "return $T.$L($N)",
                        optionals != null ? Support.OPTIONALS : ClassName.get(Optional.class),
                        optionals != null ? optionals : "ofNullable",
                        name)
                .addJavadoc("@return the value, empty when absent\n")
                .build();
    }

    /**
     * The runtime's non-generic {@code Optional} factory for a scalar type ({@code Optionals.ofString}, ...), which
     * javac compiles several times faster than {@code Optional.ofNullable}; null for other types.
     */
    static String optionalsFactory(TypeName type) {
        if (type.equals(ClassName.get(String.class))) {
            return "ofString";
        }
        if (!type.isBoxedPrimitive()) {
            return null;
        }
        TypeName unboxed = type.unbox();
        if (unboxed.equals(TypeName.LONG)) {
            return "ofLong";
        }
        if (unboxed.equals(TypeName.INT)) {
            return "ofInteger";
        }
        if (unboxed.equals(TypeName.DOUBLE)) {
            return "ofDouble";
        }
        return unboxed.equals(TypeName.BOOLEAN) ? "ofBoolean" : null;
    }

    /** The signature and Javadoc of a fluent builder setter: numbers and booleans taken unboxed, returning the builder. */
    static MethodSpec.Builder setterSignature(
            ClassName builder, String name, TypeName type, String doc, boolean deprecated) {
        TypeName parameter = type.isBoxedPrimitive() ? type.unbox() : type;
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(parameter, name)
                .addJavadoc("$L\n@param $N the value\n@return this builder\n", doc, name);
        deprecated(method, deprecated);
        return method;
    }

    /** A fluent builder setter; numbers and booleans are taken unboxed, lists are copied. */
    static MethodSpec setter(
            ClassName builder, String wireName, String name, TypeName type, String doc, boolean deprecated) {
        MethodSpec.Builder method = setterSignature(builder, name, type, doc, deprecated);
        if (isList(type)) {
            method.addStatement(
                    "this.$N = $T.copyOf($T.notNull($S,$W$N))", name, List.class, Support.CHECKS, wireName, name);
        } else if (type.isPrimitive() || type.isBoxedPrimitive()) {
            method.addStatement("this.$N = $N", name, name);
        } else {
            method.addStatement("this.$N = $T.notNull($S,$W$N)", name, Support.CHECKS, wireName, name);
        }
        return method.addStatement("return this").build();
    }

    /** Adds range and length checks of {@code property} to a {@code build()} method. */
    static void checks(MethodSpec.Builder build, Property property, String member) {
        property.type().accept(new TypeVisitor<Void>() {
            @Override
            protected Void otherwise(ApiType type) {
                return null;
            }

            @Override
            public Void visitIntegerType(ApiType.IntegerType type) {
                range(build, property.name(), member, type.minimum(), type.maximum());
                return null;
            }

            @Override
            public Void visitNumberType(ApiType.NumberType type) {
                range(build, property.name(), member, type.minimum(), type.maximum());
                return null;
            }

            @Override
            public Void visitStringType(ApiType.StringType type) {
                if (type.minLength().isPresent() || type.maxLength().isPresent()) {
                    build.addStatement(
                            "$T.length($S, $N, $L, $L)",
                            Support.CHECKS,
                            property.name(),
                            member,
                            type.minLength().orElse(0),
                            type.maxLength().orElse(Integer.MAX_VALUE));
                }
                return null;
            }
        });
    }

    private static void range(
            MethodSpec.Builder build, String wire, String member, Optional<BigDecimal> min, Optional<BigDecimal> max) {
        if (min.isPresent() && max.isPresent()) {
            build.addStatement(
                    "$T.range($S, $N, $L, $L)", Support.CHECKS, wire, member, literal(min.get()), literal(max.get()));
        } else if (min.isPresent()) {
            build.addStatement("$T.min($S, $N, $L)", Support.CHECKS, wire, member, literal(min.get()));
        } else if (max.isPresent()) {
            build.addStatement("$T.max($S, $N, $L)", Support.CHECKS, wire, member, literal(max.get()));
        }
    }

    /** Alternating wire names and member references for {@code Checks.required}, wrapping where needed. */
    static CodeBlock pairs(List<Object> namesAndMembers) {
        CodeBlock.Builder out = CodeBlock.builder();
        for (int i = 0; i < namesAndMembers.size(); i += 2) {
            out.add(i == 0 ? "$S, $N" : ",$W$S, $N", namesAndMembers.get(i), namesAndMembers.get(i + 1));
        }
        return out.build();
    }

    static boolean isList(TypeName type) {
        return type instanceof ParameterizedTypeName p && p.rawType().equals(TypeNames.LIST);
    }

    static boolean isMap(TypeName type) {
        return type instanceof ParameterizedTypeName p && p.rawType().equals(TypeNames.MAP);
    }

    static void deprecated(MethodSpec.Builder method, boolean deprecated) {
        if (deprecated) {
            method.addAnnotation(Deprecated.class).addJavadoc("@deprecated the schema marks this as deprecated\n");
        }
    }

    /** A double-compatible literal: {@code 16}, {@code 1099511627776L}, {@code 0.5}. */
    private static String literal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            long asLong = stripped.longValueExact();
            return asLong >= Integer.MIN_VALUE && asLong <= Integer.MAX_VALUE ? Long.toString(asLong) : asLong + "L";
        }
        return stripped.toPlainString();
    }
}
