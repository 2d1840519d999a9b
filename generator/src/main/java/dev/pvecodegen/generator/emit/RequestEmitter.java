package dev.pvecodegen.generator.emit;

import static dev.pvecodegen.generator.naming.JavadocText.codeTag;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pvecodegen.generator.bind.BoundField;
import dev.pvecodegen.generator.bind.BoundKey;
import dev.pvecodegen.generator.bind.BoundRequest;
import dev.pvecodegen.generator.bind.BoundValue;
import dev.pvecodegen.generator.bind.JavaType;
import dev.pvecodegen.generator.bind.TypeVisitor;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import javax.lang.model.element.Modifier;

/**
 * Request objects: the query or body parameters of one operation, with a getter each and {@code toBuilder()},
 * set through a builder whose {@code build()} names every missing required parameter at once and checks ranges,
 * lengths, union variants and property-string keys the operation does not accept. {@code equals},
 * {@code hashCode} and {@code toString} (credentials redacted) come from the {@code RequestParameters} base.
 *
 * <p>The values live in the base, by wire name: the builder assigns them, the getters read them back. A request
 * class therefore has no fields, copies or constructors per parameter, which javac would otherwise compile twice
 * over (request and builder) for every parameter of every operation.
 */
final class RequestEmitter implements Emitter<BoundRequest> {
    private final TypeNames names;

    RequestEmitter(TypeNames names) {
        this.names = names;
    }

    @Override
    public TypeSpec emit(BoundRequest bound) {
        ClassName self = names.named(bound.name());
        ClassName builder = self.nestedClass("Builder");
        Operation op = bound.operation();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addAnnotation(Support.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(Support.REQUEST_PARAMETERS)
                .addJavadoc("Parameters of $L.\n", codeTag(op.key()));
        CodeBlock wireNames = bound.fields().stream()
                .map(f -> CodeBlock.of("$S", f.wireName()))
                .collect(CodeBlock.joining(",$W"));
        TypeSpec.Builder builderType = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(Support.REQUEST_DRAFT)
                .addJavadoc("Builder of {@link $T}.\n", self)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addStatement("super($L)", wireNames)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(self, "request")
                        .addStatement("this()")
                        .addStatement("copyFrom(request)")
                        .build());
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addJavadoc("Checks the parameters.\n@return the request\n@throws IllegalArgumentException naming "
                        + "every missing required parameter, or a parameter out of range\n");
        CodeBlock.Builder checks = CodeBlock.builder();
        List<BoundField> checked = new ArrayList<>();
        List<Object> required = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        Optional<String> discriminator = op.unionDiscriminator();
        BoundField discriminatorField = null;
        List<BoundField> variantFields = new ArrayList<>();
        List<MethodSpec> getters = new ArrayList<>();
        for (BoundField field : bound.fields()) {
            String member = field.member();
            TypeName fieldType = names.of(field.type());
            String doc = Docs.property(field.property());
            boolean deprecated = field.property().doc().deprecated();
            if (field.secret()) {
                secrets.add(field.wireName());
            }
            MethodSpec.Builder fieldChecks = MethodSpec.methodBuilder("checks");
            if (field.property().isIndexed()) {
                TypeName map = ParameterizedTypeName.get(
                        ClassName.get(SortedMap.class), ClassName.get(Integer.class), fieldType);
                addFamily(builderType, builder, field, fieldType, doc);
                getters.add(getter(member, map, CodeBlock.of("family($S)", field.wireName()), doc, deprecated)
                        .addJavadoc("@return the members set, by index\n")
                        .build());
                refusedKeys(fieldChecks, field, true);
            } else {
                builderType.addMethod(setter(builder, field, fieldType, doc, deprecated));
                getters.add(accessor(field, fieldType, doc, deprecated));
                if (!field.property().optional()) {
                    required.add(field.wireName());
                    required.add(member);
                }
                Members.checks(fieldChecks, field.property(), member);
                refusedKeys(fieldChecks, field, false);
                if (discriminator.isPresent() && discriminator.get().equals(field.wireName())) {
                    discriminatorField = field;
                } else if (!field.property().instanceTypes().isEmpty()) {
                    variantFields.add(field);
                }
            }
            CodeBlock code = fieldChecks.build().code();
            checks.add(code);
            if (!code.isEmpty() || !field.property().optional()) {
                checked.add(field);
            }
        }
        if (discriminatorField != null) {
            for (BoundField field : bound.fields()) {
                if ((field.equals(discriminatorField) || variantFields.contains(field)) && !checked.contains(field)) {
                    checked.add(field);
                }
            }
        }
        // The checks read the values back into locals named like the members, so that they read as before.
        for (BoundField field : bound.fields()) {
            if (checked.contains(field)) {
                TypeName fieldType = names.of(field.type());
                if (field.property().isIndexed()) {
                    build.addStatement(
                            "$T $N = assignedMembers($S)",
                            ParameterizedTypeName.get(
                                    ClassName.get(SortedMap.class), ClassName.get(Integer.class), fieldType),
                            field.member(),
                            field.wireName());
                } else if (Members.isList(fieldType)) {
                    build.addStatement("$T $N = assignedList($S)", fieldType, field.member(), field.wireName());
                } else if (Members.isMap(fieldType)) {
                    build.addStatement("$T $N = assignedMap($S)", fieldType, field.member(), field.wireName());
                } else {
                    build.addStatement(
                            "$T $N = ($T) assigned($S)", fieldType, field.member(), fieldType, field.wireName());
                }
            }
        }
        if (!required.isEmpty()) {
            build.addStatement("$T.required($S,$W$L)", Support.CHECKS, op.key(), Members.pairs(required));
        }
        build.addCode(checks.build());
        if (discriminatorField != null) {
            variantChecks(build, discriminatorField, variantFields);
        }
        if (op.additionalParameters()) {
            additional(builderType, builder);
        }
        builderType.addMethod(build.addStatement("return new $T(this)", self).build());
        type.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(builder, "builder")
                        .addStatement("super(builder)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("A new, empty builder.\n@return the builder\n")
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(MethodSpec.methodBuilder("toBuilder")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addJavadoc("""
                                A builder holding these parameters, to change some and send again.
                                @return the builder
                                """)
                        .addStatement("return new $T(this)", builder)
                        .build())
                .addMethods(getters);
        if (!secrets.isEmpty()) {
            type.addMethod(Secrets.method(
                    "secretParameters", "The parameters whose values {@code toString()} redacts.", secrets));
        }
        return type.addType(builderType.build()).build();
    }

    /**
     * A getter reading the value its builder assigned: collections are never null (empty when absent), optional
     * values are {@link Optional}, required ones are returned as they are.
     */
    private static MethodSpec accessor(BoundField field, TypeName type, String doc, boolean deprecated) {
        String wire = field.wireName();
        if (Members.isList(type)) {
            return getter(field.member(), type, CodeBlock.of("list($S)", wire), doc, deprecated)
                    .addJavadoc("@return the values, empty when absent\n")
                    .build();
        }
        if (Members.isMap(type)) {
            return getter(field.member(), type, CodeBlock.of("map($S)", wire), doc, deprecated)
                    .addJavadoc("@return the entries, empty when absent\n")
                    .build();
        }
        if (!field.property().optional()) {
            return getter(field.member(), type, CodeBlock.of("($T) value($S)", type, wire), doc, deprecated)
                    .addJavadoc("@return the value (null only when the server omitted it)\n")
                    .build();
        }
        String optionals = Members.optionalsFactory(type);
        CodeBlock read = optionals != null
                ? CodeBlock.of("$T.$L(($T) value($S))", Support.OPTIONALS, optionals, type, wire)
                : CodeBlock.of("optional($S)", wire);
        return getter(
                        field.member(),
                        ParameterizedTypeName.get(ClassName.get(Optional.class), type),
                        read,
                        doc,
                        deprecated)
                .addJavadoc("@return the value, empty when absent\n")
                .build();
    }

    private static MethodSpec.Builder getter(
            String member, TypeName returns, CodeBlock read, String doc, boolean deprecated) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(member)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addJavadoc("$L\n", doc)
                .addStatement("return $L", read);
        Members.deprecated(method, deprecated);
        return method;
    }

    /** A fluent builder setter; numbers and booleans are taken unboxed, lists are copied, null is refused. */
    private static MethodSpec setter(
            ClassName builder, BoundField field, TypeName type, String doc, boolean deprecated) {
        String name = field.member();
        String wire = field.wireName();
        MethodSpec.Builder method = Members.setterSignature(builder, name, type, doc, deprecated);
        String separator = field.property().type().accept(LIST_SEPARATOR);
        if (separator != null) {
            method.addStatement("assignList($S, $N, $S)", wire, name, separator);
        } else if (Members.isList(type)) {
            method.addStatement("assignList($S, $N)", wire, name);
        } else {
            method.addStatement("assign($S, $N)", wire, name);
        }
        return method.addStatement("return this").build();
    }

    /**
     * Refuses a property-string value that sets a key the operation's variant of the format lacks (the value
     * class also serves variants that have it).
     */
    private void refusedKeys(MethodSpec.Builder checks, BoundField field, boolean family) {
        if (field.refusedKeys().isEmpty() || !(field.type() instanceof JavaType.Named named)) {
            return;
        }
        BoundValue value = (BoundValue) names.bound(named);
        for (String wire : field.refusedKeys()) {
            BoundKey key = value.key(wire).orElseThrow();
            String set = keySet(key);
            if (family) {
                checks.addStatement(
                        "$N.forEach((index, value) -> $T.notAccepted($S + index, $S, $L))",
                        field.member(),
                        Support.CHECKS,
                        field.wireName(),
                        wire,
                        String.format(set, "value"));
            } else {
                checks.addStatement(
                        "$T.notAccepted($S, $S, $N != null && $L)",
                        Support.CHECKS,
                        field.wireName(),
                        wire,
                        field.member(),
                        String.format(set, field.member()));
            }
        }
    }

    /** A format string of the boolean expression "key is set" on a value named by {@code %1$s}. */
    private String keySet(BoundKey key) {
        TypeName type = names.of(key.type());
        if (Members.isList(type) || Members.isMap(type)) {
            return "!%1$s." + key.member() + "().isEmpty()";
        }
        return key.property().optional()
                ? "%1$s." + key.member() + "().isPresent()"
                : "%1$s." + key.member() + "() != null";
    }

    /** The escape hatch of operations whose server accepts parameters the schema does not list. */
    private static void additional(TypeSpec.Builder builderType, ClassName builder) {
        builderType.addMethod(MethodSpec.methodBuilder("additionalParameter")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(String.class, "name")
                .addParameter(Object.class, "value")
                .addJavadoc("A parameter the schema does not list; the server accepts additional parameters for "
                        + "this operation.\n@param name the wire name\n@param value the value (encoded like the "
                        + "others)\n@return this builder\n")
                .addStatement("assignAdditional(name, value)")
                .addStatement("return this")
                .build());
    }

    private static void addFamily(
            TypeSpec.Builder builderType, ClassName builder, BoundField field, TypeName type, String doc) {
        int min = field.property().family().orElseThrow().min();
        int max = field.property().family().orElseThrow().max();
        String member = field.member();
        MethodSpec.Builder setter = MethodSpec.methodBuilder(member)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(int.class, "index")
                .addParameter(type, "value")
                .addJavadoc("""
                        $L
                        @param index the index, $L to $L (wire name {@code $L<index>})
                        @param value the value
                        @return this builder
                        """, doc, min, max, field.wireName())
                .addStatement("assignMember($S, index, $L, $L, value)", field.wireName(), min, max);
        Members.deprecated(setter, field.property().doc().deprecated());
        builderType.addMethod(setter.addStatement("return this").build());
    }

    private static void variantChecks(MethodSpec.Builder build, BoundField discriminator, List<BoundField> members) {
        boolean isEnum = discriminator.type() instanceof JavaType.Named;
        String wire = isEnum
                ? discriminator.member() + " == null ? null : " + discriminator.member() + ".wireValue()"
                : discriminator.member();
        build.addStatement("String _variant = $L", wire);
        for (BoundField member : members) {
            CodeBlock allowed = member.property().instanceTypes().stream()
                    .map(t -> CodeBlock.of("$S", t))
                    .collect(CodeBlock.joining(",$W"));
            build.addStatement(
                    "$T.variant($S, $N, _variant,$W$T.of($L))",
                    Support.CHECKS,
                    member.wireName(),
                    member.member(),
                    List.class,
                    allowed);
        }
    }

    /** The separator of a {@code -list} string parameter; null for other parameters. */
    private static final ApiType.Visitor<String> LIST_SEPARATOR = new TypeVisitor<>() {
        @Override
        protected String otherwise(ApiType type) {
            return null;
        }

        @Override
        public String visitListStringType(ApiType.ListStringType type) {
            return type.separator();
        }
    };
}
