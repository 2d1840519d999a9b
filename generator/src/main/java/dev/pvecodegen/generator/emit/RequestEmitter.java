package dev.pvecodegen.generator.emit;

import static dev.pvecodegen.generator.naming.JavadocText.codeTag;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Request objects: the query or body parameters of one operation, with a getter each and {@code toBuilder()},
 * set through a builder whose {@code build()} names every missing required parameter at once and checks ranges,
 * lengths, union variants and property-string keys the operation does not accept. {@code equals},
 * {@code hashCode} and {@code toString} (credentials redacted) come from the {@code RequestParameters} base.
 */
final class RequestEmitter implements Emitter<BoundRequest> {
    private static final TypeName EXTRA = ParameterizedTypeName.get(Map.class, String.class, Object.class);

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
        TypeSpec.Builder builderType = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builder of {@link $T}.\n", self)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addJavadoc("Checks the parameters.\n@return the request\n@throws IllegalArgumentException naming "
                        + "every missing required parameter, or a parameter out of range\n");
        MethodSpec.Builder checks = MethodSpec.methodBuilder("checks");
        CodeBlock.Builder assign = CodeBlock.builder();
        CodeBlock.Builder collect = CodeBlock.builder().add("super(collect()");
        MethodSpec.Builder toBuilder = MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc("""
                        A builder holding these parameters, to change some and send again.
                        @return the builder
                        """)
                .addStatement("$T builder = new $T()", builder, builder);
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
            if (field.property().isIndexed()) {
                TypeName map = ParameterizedTypeName.get(
                        ClassName.get(SortedMap.class), ClassName.get(Integer.class), fieldType);
                addFamily(builderType, builder, field, map, fieldType, doc);
                type.addField(map, member, Modifier.PRIVATE, Modifier.FINAL);
                assign.addStatement(
                        "this.$N = $T.unmodifiableSortedMap(new $T<>(builder.$N))",
                        member,
                        Collections.class,
                        TreeMap.class,
                        member);
                getters.add(MethodSpec.methodBuilder(member)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(map)
                        .addJavadoc("$L\n@return the members set, by index\n", doc)
                        .addStatement("return $N", member)
                        .build());
                toBuilder.addStatement("builder.$N.putAll($N)", member, member);
                collect.add("\n.family($S, builder.$N)", field.wireName(), member);
                refusedKeys(checks, field, true);
                continue;
            }
            builderType.addField(fieldType, member, Modifier.PRIVATE);
            builderType.addMethod(Members.setter(builder, field.wireName(), member, fieldType, doc, deprecated));
            type.addField(fieldType, member, Modifier.PRIVATE, Modifier.FINAL);
            assign.addStatement("this.$N = builder.$N", member, member);
            getters.add(Members.accessor(member, fieldType, !field.property().optional(), doc, deprecated));
            toBuilder.addStatement("builder.$N = $N", member, member);
            String separator = field.property().type().accept(LIST_SEPARATOR);
            if (separator != null) {
                collect.add("\n.list($S, builder.$N, $S)", field.wireName(), member, separator);
            } else {
                collect.add("\n.add($S, builder.$N)", field.wireName(), member);
            }
            if (!field.property().optional()) {
                required.add(field.wireName());
                required.add(member);
            }
            Members.checks(checks, field.property(), member);
            refusedKeys(checks, field, false);
            if (discriminator.isPresent() && discriminator.get().equals(field.wireName())) {
                discriminatorField = field;
            } else if (!field.property().instanceTypes().isEmpty()) {
                variantFields.add(field);
            }
        }
        if (!required.isEmpty()) {
            build.addStatement("$T.required($S,$W$L)", Support.CHECKS, op.key(), Members.pairs(required));
        }
        build.addCode(checks.build().code());
        if (discriminatorField != null) {
            variantChecks(build, discriminatorField, variantFields);
        }
        if (op.additionalParameters()) {
            additional(builderType, builder);
            type.addField(EXTRA, "_additional", Modifier.PRIVATE, Modifier.FINAL);
            assign.addStatement(
                    "this._additional = $T.unmodifiableMap(new $T<>(builder._additional))",
                    Collections.class,
                    LinkedHashMap.class);
            toBuilder.addStatement("builder._additional.putAll(_additional)");
            collect.add("\n.additional(builder._additional)");
        }
        builderType.addMethod(build.addStatement("return new $T(this)", self).build());
        MethodSpec constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder")
                .addStatement(collect.add("\n.values())").build())
                .addCode(assign.build())
                .build();
        type.addMethod(constructor)
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("A new, empty builder.\n@return the builder\n")
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(toBuilder.addStatement("return builder").build())
                .addMethods(getters);
        if (!secrets.isEmpty()) {
            type.addMethod(Secrets.method(
                    "secretParameters", "The parameters whose values {@code toString()} redacts.", secrets));
        }
        return type.addType(builderType.build()).build();
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
        builderType.addField(FieldSpec.builder(EXTRA, "_additional", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T<>()", LinkedHashMap.class)
                .build());
        builderType.addMethod(MethodSpec.methodBuilder("additionalParameter")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(String.class, "name")
                .addParameter(Object.class, "value")
                .addJavadoc("A parameter the schema does not list; the server accepts additional parameters for "
                        + "this operation.\n@param name the wire name\n@param value the value (encoded like the "
                        + "others)\n@return this builder\n")
                .addStatement(
                        "_additional.put($T.notNull($S, name),$W$T.notNull(name, value))",
                        Support.CHECKS,
                        "name",
                        Support.CHECKS)
                .addStatement("return this")
                .build());
    }

    private static void addFamily(
            TypeSpec.Builder builderType,
            ClassName builder,
            BoundField field,
            TypeName map,
            TypeName type,
            String doc) {
        int min = field.property().family().orElseThrow().min();
        int max = field.property().family().orElseThrow().max();
        String member = field.member();
        builderType.addField(FieldSpec.builder(map, member, Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T<>()", TreeMap.class)
                .build());
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
                .addStatement(
                        "$N.put($T.index($S, index, $L, $L),$W$T.notNull($S, value))",
                        member,
                        Support.CHECKS,
                        field.wireName(),
                        min,
                        max,
                        Support.CHECKS,
                        field.wireName());
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
