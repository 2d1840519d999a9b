package dev.pvecodegen.generator.emit;

import static dev.pvecodegen.generator.naming.JavadocText.code;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pvecodegen.generator.naming.NamingStrategy;
import dev.pvecodegen.schema.model.Property;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import javax.lang.model.element.Modifier;

/**
 * Response classes. Jackson binds declared fields through lenient setters (numbers from strings, booleans from
 * 0/1, a value of the wrong JSON type kept raw instead of failing); undeclared fields, indexed family members
 * ({@code net0}...) and drifted values are kept by the {@code ResponseObject} base and written back on
 * serialisation.
 */
final class ResponseEmitter implements Emitter<TypeRegistry.ObjectDef> {
    private static final Set<String> RESERVED = Set.of("additionalProperties", "rawValue");

    private final JavaTypes types;

    ResponseEmitter(JavaTypes types) {
        this.types = types;
    }

    @Override
    public TypeSpec emit(TypeRegistry.ObjectDef def) {
        ClassName self = def.name();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addAnnotation(Support.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(Support.RESPONSE_OBJECT)
                .addJavadoc(
                        "A response object, first met as $L. Fields the schema does not declare, and declared "
                                + "fields whose value has an unexpected type, are kept raw in "
                                + "{@link #additionalProperties()}.\n",
                        def.origin());
        def.type()
                .discriminator()
                .ifPresent(d -> type.addJavadoc(
                        "<p>\nA union: the field $L selects the variant; variant-only fields say which variants they "
                                + "belong to.\n",
                        code(d)));
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("An empty object; Jackson fills it.\n")
                .build());
        List<Property> properties = def.type().properties();
        indexedFamilies(properties).ifPresent(type::addAnnotation);
        List<String> members = Members.memberNames(properties, RESERVED);
        for (int i = 0; i < properties.size(); i++) {
            Property p = properties.get(i);
            String member = members.get(i);
            TypeName fieldType = types.response(p.type(), p.name(), self.simpleName());
            String doc = Docs.property(p);
            if (p.isIndexed()) {
                type.addMethod(family(p, member, fieldType, doc));
                continue;
            }
            type.addField(FieldSpec.builder(fieldType, member, Modifier.PRIVATE)
                    .addAnnotation(AnnotationSpec.builder(Support.JSON_PROPERTY)
                            .addMember("value", "$S", p.name())
                            .build())
                    .build());
            type.addMethod(setter(p.name(), member, fieldType));
            type.addMethod(Members.accessor(
                    member, fieldType, !p.optional(), doc, p.doc().deprecated()));
        }
        return type.build();
    }

    /** {@code @IndexedFamilies({"net", "scsi"})}: tells the runtime's drift report that {@code net0} is declared. */
    private static Optional<AnnotationSpec> indexedFamilies(List<Property> properties) {
        List<Property> families =
                properties.stream().filter(Property::isIndexed).toList();
        if (families.isEmpty()) {
            return Optional.empty();
        }
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Support.INDEXED_FAMILIES);
        families.forEach(p -> annotation.addMember("value", "$S", p.name()));
        return Optional.of(annotation.build());
    }

    private MethodSpec setter(String wire, String member, TypeName fieldType) {
        MethodSpec.Builder setter = MethodSpec.methodBuilder(NamingStrategy.jsonSetterName(member))
                .addAnnotation(AnnotationSpec.builder(Support.JSON_SETTER)
                        .addMember("value", "$S", wire)
                        .build())
                .addModifiers(Modifier.PRIVATE);
        CodeBlock read = scalarRead(wire, fieldType);
        if (read != null) {
            return setter.addParameter(Object.class, "raw")
                    .addStatement("this.$N = $L", member, read)
                    .build();
        }
        setter.addParameter(JavaTypes.JSON_NODE, "raw");
        if (fieldType.equals(JavaTypes.JSON_NODE)) {
            return setter.addStatement("this.$N = raw == null || raw.isNull() ? null : raw", member)
                    .build();
        }
        return setter.addStatement("this.$N = readTree($S, raw, $L)", member, wire, typeToken(fieldType))
                .build();
    }

    /** The lenient read of a scalar field from a raw Jackson value; null when the field is structured. */
    private CodeBlock scalarRead(String wire, TypeName t) {
        if (t.equals(JavaTypes.STRING)) {
            return CodeBlock.of("readString($S, raw)", wire);
        }
        if (t.equals(JavaTypes.LONG)) {
            return CodeBlock.of("readLong($S, raw)", wire);
        }
        if (t.equals(JavaTypes.INTEGER)) {
            return CodeBlock.of("readInteger($S, raw)", wire);
        }
        if (t.equals(JavaTypes.DOUBLE)) {
            return CodeBlock.of("readDouble($S, raw)", wire);
        }
        if (t.equals(JavaTypes.BOOLEAN)) {
            return CodeBlock.of("readBoolean($S, raw)", wire);
        }
        if (types.registry().isEnum(t)) {
            return CodeBlock.of("readText($S, raw, $T::of)", wire, t);
        }
        if (types.registry().isFormat(t)) {
            return CodeBlock.of("readText($S, raw, $T::parse)", wire, t);
        }
        return null;
    }

    /** {@code Foo.class} or {@code TypeRefs.listOf(Foo.class)} for {@code readTree} and the executor. */
    static CodeBlock typeToken(TypeName type) {
        if (type instanceof ParameterizedTypeName p) {
            TypeName last = p.typeArguments().get(p.typeArguments().size() - 1);
            String factory = p.rawType().equals(JavaTypes.MAP) ? "mapOf" : "listOf";
            return CodeBlock.of("$T.$L($T.class)", Support.TYPE_REFS, factory, last);
        }
        return CodeBlock.of("$T.class", type);
    }

    private MethodSpec family(Property p, String member, TypeName elementType, String doc) {
        TypeName element = elementType;
        CodeBlock convert;
        if (types.registry().isEnum(elementType)) {
            convert = CodeBlock.of("raw -> $T.of($T.toText(raw))", elementType, Support.LENIENT);
        } else if (types.registry().isFormat(elementType)) {
            convert = CodeBlock.of("raw -> $T.parse($T.toText(raw))", elementType, Support.LENIENT);
        } else if (elementType.equals(JavaTypes.LONG)) {
            convert = CodeBlock.of("$T::toLong", Support.LENIENT);
        } else if (elementType.equals(JavaTypes.INTEGER)) {
            convert = CodeBlock.of("$T::toInteger", Support.LENIENT);
        } else if (elementType.equals(JavaTypes.DOUBLE)) {
            convert = CodeBlock.of("$T::toDouble", Support.LENIENT);
        } else if (elementType.equals(JavaTypes.BOOLEAN)) {
            convert = CodeBlock.of("$T::toBoolean", Support.LENIENT);
        } else if (elementType.equals(JavaTypes.STRING)) {
            convert = CodeBlock.of("$T::toText", Support.LENIENT);
        } else {
            element = ClassName.get(Object.class);
            convert = CodeBlock.of("raw -> raw");
        }
        TypeName map = ParameterizedTypeName.get(ClassName.get(SortedMap.class), ClassName.get(Integer.class), element);
        MethodSpec.Builder method = MethodSpec.methodBuilder(member)
                .addModifiers(Modifier.PUBLIC)
                .returns(map)
                .addJavadoc(
                        "$L\n@return the members present ($L0, $L1, ...) by index; a member that cannot be read "
                                + "is left out here and stays in {@link #additionalProperties()}\n",
                        doc,
                        p.name(),
                        p.name())
                .addStatement("return family($S, $L)", p.name(), convert);
        Members.deprecated(method, p.doc().deprecated());
        return method.build();
    }
}
