package dev.pvecodegen.generator.emit;

import static dev.pvecodegen.generator.naming.JavadocText.codeTag;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pvecodegen.generator.bind.BoundField;
import dev.pvecodegen.generator.bind.BoundObject;
import dev.pvecodegen.generator.bind.JavaType;
import dev.pvecodegen.generator.naming.NamingStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import javax.lang.model.element.Modifier;

/**
 * Response classes. Jackson binds declared fields through lenient setters (numbers from strings, booleans from
 * 0/1, a value of the wrong JSON type kept raw instead of failing); undeclared fields, indexed family members
 * ({@code net0}...) and drifted values are kept by the {@code ResponseObject} base, which also gives every response
 * {@code equals}, {@code hashCode} and {@code toString} over all of them.
 */
final class ResponseEmitter implements Emitter<BoundObject> {
    private final TypeNames names;

    ResponseEmitter(TypeNames names) {
        this.names = names;
    }

    @Override
    public TypeSpec emit(BoundObject bound) {
        ClassName self = names.named(bound.name());
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addAnnotation(Support.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(Support.RESPONSE_OBJECT)
                .addJavadoc(
                        "$L, as $L answers it. Fields the schema does not declare, and declared fields whose value "
                                + "has an unexpected type, are kept raw in {@link #additionalProperties()}.\n",
                        role(bound),
                        Uses.describe(bound.sites()));
        bound.discriminator()
                .ifPresent(d -> type.addJavadoc(
                        "<p>\nA union: the field $L selects the variant; variant-only fields say which variants they "
                                + "belong to.\n",
                        codeTag(d)));
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("An empty object; Jackson fills it.\n")
                .build());
        indexedFamilies(bound.fields()).ifPresent(type::addAnnotation);
        List<String> secrets = new ArrayList<>();
        for (BoundField field : bound.fields()) {
            TypeName fieldType = names.of(field.type());
            String doc = Docs.property(field.property());
            if (field.secret()) {
                secrets.add(field.wireName());
            }
            if (field.property().isIndexed()) {
                type.addMethod(family(field, fieldType, doc));
                continue;
            }
            type.addField(FieldSpec.builder(fieldType, field.member(), Modifier.PRIVATE)
                    .addAnnotation(AnnotationSpec.builder(Support.JSON_PROPERTY)
                            .addMember("value", "$S", field.wireName())
                            .build())
                    .build());
            type.addMethod(setter(field, fieldType));
            type.addMethod(Members.accessor(
                    field.member(),
                    fieldType,
                    !field.property().optional(),
                    doc,
                    field.property().doc().deprecated()));
        }
        if (!secrets.isEmpty()) {
            type.addMethod(
                    Secrets.method("secretFields", "The fields whose values {@code toString()} redacts.", secrets));
        }
        return type.build();
    }

    /** {@code @IndexedFamilies({"net", "scsi"})}: tells the runtime's drift report that {@code net0} is declared. */
    private static Optional<AnnotationSpec> indexedFamilies(List<BoundField> fields) {
        List<BoundField> families =
                fields.stream().filter(f -> f.property().isIndexed()).toList();
        if (families.isEmpty()) {
            return Optional.empty();
        }
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Support.INDEXED_FAMILIES);
        families.forEach(f -> annotation.addMember("value", "$S", f.wireName()));
        return Optional.of(annotation.build());
    }

    /** What the class is: the answer of an operation, one item of it, or a nested object. */
    private static String role(BoundObject bound) {
        String element = bound.sites().get(0).element();
        if (element.equals("returns")) {
            return "An answer";
        }
        return element.equals("returns[]") ? "One item of an answer" : "An object nested in an answer";
    }

    private MethodSpec setter(BoundField field, TypeName fieldType) {
        String member = field.member();
        String wire = field.wireName();
        MethodSpec.Builder setter = MethodSpec.methodBuilder(NamingStrategy.jsonSetterName(member))
                .addAnnotation(AnnotationSpec.builder(Support.JSON_SETTER)
                        .addMember("value", "$S", wire)
                        .build())
                .addModifiers(Modifier.PRIVATE);
        CodeBlock read = scalarRead(wire, field.type(), fieldType);
        if (read != null) {
            return setter.addParameter(Object.class, "raw")
                    .addStatement("this.$N = $L", member, read)
                    .build();
        }
        setter.addParameter(TypeNames.JSON_NODE, "raw");
        if (field.type() == JavaType.Special.JSON) {
            return setter.addStatement("this.$N = raw == null || raw.isNull() ? null : raw", member)
                    .build();
        }
        return setter.addStatement("this.$N = readTree($S, raw,$W$L)", member, wire, typeToken(fieldType))
                .build();
    }

    /** The lenient read of a scalar field from a raw Jackson value; null when the field is structured. */
    private static CodeBlock scalarRead(String wire, JavaType type, TypeName t) {
        if (type instanceof JavaType.Scalar scalar) {
            String reader = switch (scalar) {
                case STRING -> "readString";
                case LONG -> "readLong";
                case INTEGER -> "readInteger";
                case DOUBLE -> "readDouble";
                case BOOLEAN -> "readBoolean";
            };
            return CodeBlock.of("$L($S, raw)", reader, wire);
        }
        if (type instanceof JavaType.Named named && named.kind() == JavaType.Kind.ENUM) {
            return CodeBlock.of("readText($S, raw, $T::of)", wire, t);
        }
        if (type instanceof JavaType.Named named && named.kind() == JavaType.Kind.VALUE) {
            return CodeBlock.of("readJson($S, raw, $T::fromJson)", wire, t);
        }
        return null;
    }

    /** {@code Foo.class} or {@code TypeRefs.listOf(Foo.class)} for {@code readTree} and the executor. */
    static CodeBlock typeToken(TypeName type) {
        if (type instanceof ParameterizedTypeName p) {
            TypeName last = p.typeArguments().get(p.typeArguments().size() - 1);
            String factory = p.rawType().equals(TypeNames.MAP) ? "mapOf" : "listOf";
            return CodeBlock.of("$T.$L($T.class)", Support.TYPE_REFS, factory, last);
        }
        return CodeBlock.of("$T.class", type);
    }

    private static MethodSpec family(BoundField field, TypeName elementType, String doc) {
        TypeName element = elementType;
        CodeBlock convert;
        JavaType type = field.type();
        if (type instanceof JavaType.Named named && named.kind() == JavaType.Kind.ENUM) {
            convert = CodeBlock.of("raw -> $T.of($T.toText(raw))", elementType, Support.LENIENT);
        } else if (type instanceof JavaType.Named named && named.kind() == JavaType.Kind.VALUE) {
            convert = CodeBlock.of("$T::fromJson", elementType);
        } else if (type instanceof JavaType.Scalar scalar) {
            String reader = switch (scalar) {
                case STRING -> "toText";
                case LONG -> "toLong";
                case INTEGER -> "toInteger";
                case DOUBLE -> "toDouble";
                case BOOLEAN -> "toBoolean";
            };
            convert = CodeBlock.of("$T::$L", Support.LENIENT, reader);
        } else {
            element = ClassName.get(Object.class);
            convert = CodeBlock.of("raw -> raw");
        }
        TypeName map = ParameterizedTypeName.get(ClassName.get(SortedMap.class), ClassName.get(Integer.class), element);
        String wire = field.wireName();
        MethodSpec.Builder method = MethodSpec.methodBuilder(field.member())
                .addModifiers(Modifier.PUBLIC)
                .returns(map)
                .addJavadoc(
                        "$L\n@return the members present ($L0, $L1, ...) by index; a member that cannot be read "
                                + "is left out here and stays in {@link #additionalProperties()}\n",
                        doc,
                        wire,
                        wire)
                .addStatement("return family($S, $L)", wire, convert);
        Members.deprecated(method, field.property().doc().deprecated());
        return method.build();
    }
}
