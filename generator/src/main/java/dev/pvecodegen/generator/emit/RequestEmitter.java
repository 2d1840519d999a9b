package dev.pvecodegen.generator.emit;

import static dev.pvecodegen.generator.naming.JavadocText.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.schema.model.Property;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Request objects: the query or body parameters of one operation, set through a builder whose {@code build()}
 * names every missing required parameter at once and checks ranges, lengths and union variants.
 */
final class RequestEmitter implements Emitter<RequestEmitter.RequestDef> {

    /** The request class {@code name} of {@code operation}. */
    record RequestDef(ClassName name, Operation operation) {}

    /** Builder methods and generated locals that parameters must not shadow. */
    private static final Set<String> RESERVED = Set.of("build", "_variant", "_additional", "additionalParameter");

    private final JavaTypes types;

    RequestEmitter(JavaTypes types) {
        this.types = types;
    }

    @Override
    public TypeSpec emit(RequestDef def) {
        ClassName self = def.name();
        ClassName builder = self.nestedClass("Builder");
        Operation op = def.operation();
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
        CodeBlock.Builder collect = CodeBlock.builder().add("return new $T(collect()", self);
        List<Object> required = new ArrayList<>();
        Optional<String> discriminator = op.unionDiscriminator();
        String discriminatorMember = null;
        List<Property> variantMembers = new ArrayList<>();
        List<String> variantNames = new ArrayList<>();
        List<Property> properties =
                op.requestParameters().stream().map(Parameter::property).toList();
        List<String> members = Members.memberNames(properties, RESERVED);
        for (int i = 0; i < properties.size(); i++) {
            Property p = properties.get(i);
            String member = members.get(i);
            TypeName type = types.request(p.type(), p.name(), self.simpleName());
            String doc = Docs.property(p);
            if (p.isIndexed()) {
                addFamily(builderType, builder, p, member, type, doc);
                collect.add("\n        .family($S, $N)", p.name(), member);
                continue;
            }
            builderType.addField(type, member, Modifier.PRIVATE);
            builderType.addMethod(
                    Members.setter(builder, p.name(), member, type, doc, p.doc().deprecated()));
            if (p.type() instanceof ApiType.ListStringType list) {
                collect.add("\n        .list($S, $N, $S)", p.name(), member, list.separator());
            } else {
                collect.add("\n        .add($S, $N)", p.name(), member);
            }
            if (!p.optional()) {
                required.add(p.name());
                required.add(member);
            }
            Members.checks(checks, p, member);
            if (discriminator.isPresent() && discriminator.get().equals(p.name())) {
                discriminatorMember = member;
            } else if (!p.instanceTypes().isEmpty()) {
                variantMembers.add(p);
                variantNames.add(member);
            }
        }
        if (!required.isEmpty()) {
            build.addStatement("$T.required($S, $L)", Support.CHECKS, op.key(), Members.pairs(required));
        }
        build.addCode(checks.build().code());
        if (discriminatorMember != null) {
            variantChecks(build, op, discriminatorMember, variantMembers, variantNames);
        }
        if (op.additionalParameters()) {
            additional(builderType, builder);
            collect.add("\n        .additional(_additional)");
        }
        builderType.addMethod(
                build.addStatement(collect.add(".values())").build()).build());
        return TypeSpec.classBuilder(self)
                .addAnnotation(Support.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(Support.REQUEST_PARAMETERS)
                .addJavadoc("Parameters of $L.\n", code(op.key()))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(ParameterizedTypeName.get(Map.class, String.class, Object.class), "parameters")
                        .addStatement("super(parameters)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("A new, empty builder.\n@return the builder\n")
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addType(builderType.build())
                .build();
    }

    /** The escape hatch of operations whose server accepts parameters the schema does not list. */
    private static void additional(TypeSpec.Builder builderType, ClassName builder) {
        builderType.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(Map.class, String.class, Object.class),
                        "_additional",
                        Modifier.PRIVATE,
                        Modifier.FINAL)
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
                        "_additional.put($T.notNull($S, name), $T.notNull(name, value))",
                        Support.CHECKS,
                        "name",
                        Support.CHECKS)
                .addStatement("return this")
                .build());
    }

    private static void addFamily(
            TypeSpec.Builder builderType, ClassName builder, Property p, String member, TypeName type, String doc) {
        TypeName map = ParameterizedTypeName.get(ClassName.get(SortedMap.class), ClassName.get(Integer.class), type);
        int min = p.family().get().min();
        int max = p.family().get().max();
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
                        """, doc, min, max, p.name())
                .addStatement(
                        "$N.put($T.index($S, index, $L, $L), $T.notNull($S, value))",
                        member,
                        Support.CHECKS,
                        p.name(),
                        min,
                        max,
                        Support.CHECKS,
                        p.name());
        Members.deprecated(setter, p.doc().deprecated());
        builderType.addMethod(setter.addStatement("return this").build());
    }

    private static void variantChecks(
            MethodSpec.Builder build,
            Operation op,
            String discriminatorMember,
            List<Property> members,
            List<String> memberNames) {
        Property discriminator =
                op.parameter(op.unionDiscriminator().get()).get().property();
        String wire = discriminator.type() instanceof ApiType.EnumType
                ? discriminatorMember + " == null ? null : " + discriminatorMember + ".wireValue()"
                : discriminatorMember;
        build.addStatement("String _variant = $L", wire);
        for (int i = 0; i < members.size(); i++) {
            CodeBlock allowed = members.get(i).instanceTypes().stream()
                    .map(t -> CodeBlock.of("$S", t))
                    .collect(CodeBlock.joining(", "));
            build.addStatement(
                    "$T.variant($S, $N, _variant, $T.of($L))",
                    Support.CHECKS,
                    members.get(i).name(),
                    memberNames.get(i),
                    List.class,
                    allowed);
        }
    }
}
