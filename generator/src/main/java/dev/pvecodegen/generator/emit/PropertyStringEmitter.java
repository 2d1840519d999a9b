package dev.pvecodegen.generator.emit;

import static dev.pvecodegen.generator.naming.JavadocText.codeTag;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pvecodegen.generator.bind.BoundKey;
import dev.pvecodegen.generator.bind.BoundValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Property-string value classes: a builder, {@code parse(String)} (aliases, key aliases, default key, {@code ;}
 * lists, lenient booleans), {@code fromJson(Object)} for answers (the text, or the JSON object of its keys some
 * servers send instead, remembered so that an unchanged value is written back as it came) and the canonical wire
 * form as {@code wireValue()}; undescribed keys are kept. A class that serves several variants of a format
 * documents the keys only some variants have.
 */
final class PropertyStringEmitter implements Emitter<BoundValue> {
    private final TypeNames names;

    PropertyStringEmitter(TypeNames names) {
        this.names = names;
    }

    @Override
    public TypeSpec emit(BoundValue bound) {
        ClassName self = names.named(bound.name());
        ClassName builder = self.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addAnnotation(Support.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(Support.PROPERTY_STRING_VALUE)
                .addJavadoc(
                        "Property string $L: {@code key=value} pairs joined by {@code ,}$L. {@link #wireValue()} "
                                + "gives the canonical wire form.\n",
                        String.join(
                                " and ",
                                bound.formatIds().stream()
                                        .map(id -> codeTag(id))
                                        .toList()),
                        bound.defaultKey()
                                .map(k -> "; the value of " + codeTag(k) + " may be written without its key")
                                .orElse(""))
                .addJavadoc("<p>\nUsed by $L.\n", Uses.describe(bound.sites()));
        if (bound.formatIds().size() > 1) {
            type.addJavadoc(
                    "<p>\nOne class for the variants of the format, so that a value read from one operation can be "
                            + "sent to another; keys only some variants have say which operations accept them, and "
                            + "the request of an operation that does not refuses them.\n");
        }
        type.addField(FieldSpec.builder(
                        Support.PROPERTY_STRING_SPEC, "SPEC", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(spec(bound))
                .build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder")
                .addStatement("super(builder)");
        MethodSpec parse = MethodSpec.methodBuilder("parse")
                .addJavadoc("""
                        Parses the wire form leniently; keys the schema does not describe are kept.
                        @param text the property string
                        @return the value
                        @throws IllegalArgumentException when a described key has a malformed value
                        """)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "text")
                .addStatement("return fromFields(SPEC.read(text))")
                .build();
        MethodSpec fromJson = MethodSpec.methodBuilder("fromJson")
                .addJavadoc("""
                        Reads the value as a JSON answer holds it: the property string, or the JSON object of its \
                        keys that some servers send instead. Unchanged, the value is written back in the form read.
                        @param json the text (a number or boolean counts as its text), or the object as a map
                        @return the value
                        @throws IllegalArgumentException when it is neither, or a described key has a malformed value
                        """)
                .addAnnotation(Support.jsonCreatorDelegating())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(Object.class, "json")
                .addStatement("return fromFields(SPEC.read(json))")
                .build();
        MethodSpec.Builder fromFields = MethodSpec.methodBuilder("fromFields")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(self)
                .addParameter(Support.PROPERTY_STRING_FIELDS, "fields")
                .addStatement("$T builder = new $T()", builder, builder);
        CodeBlock.Builder write = CodeBlock.builder().add("return SPEC.writer()");
        MethodSpec.Builder toBuilder = MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder holding this value's settings.\n@return the builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("$T builder = new $T().fromValue(this)", builder, builder);
        TypeSpec.Builder builderType = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(Support.PROPERTY_STRING_VALUE.nestedClass("Builder"), builder))
                .addJavadoc("Builder of {@link $T}.\n", self)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(MethodSpec.methodBuilder("self")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .returns(builder)
                        .addStatement("return this")
                        .build());
        MethodSpec.Builder checks = MethodSpec.methodBuilder("checks");
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addJavadoc("""
                        Checks required keys and ranges.
                        @return the value
                        @throws IllegalArgumentException naming every missing key, or a key out of range
                        """)
                .addModifiers(Modifier.PUBLIC)
                .returns(self);
        List<Object> required = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        for (BoundKey key : bound.keys()) {
            TypeName keyType = names.of(key.type());
            String doc = doc(key);
            boolean deprecated = key.property().doc().deprecated();
            type.addField(keyType, key.member(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = builder.$N", key.member(), key.member());
            type.addMethod(
                    Members.accessor(key.member(), keyType, !key.property().optional(), doc, deprecated));
            builderType.addField(keyType, key.member(), Modifier.PRIVATE);
            builderType.addMethod(Members.setter(builder, key.wireName(), key.member(), keyType, doc, deprecated));
            fromFields.addStatement("builder.$N = $L", key.member(), read(key, keyType));
            toBuilder.addStatement("builder.$N = $N", key.member(), key.member());
            write.add("\n.put($S, $N)", key.wireName(), key.member());
            if (!key.property().optional()) {
                required.add(key.wireName());
                required.add(key.member());
            }
            if (key.secret()) {
                secrets.add(key.wireName());
            }
            Members.checks(checks, key.property(), key.member());
        }
        if (!required.isEmpty()) {
            build.addStatement("$T.required($S,$W$L)", Support.CHECKS, self.simpleName(), Members.pairs(required));
        }
        builderType.addMethod(build.addCode(checks.build().code())
                .addStatement("return new $T(this)", self)
                .build());
        fromFields.addStatement("return new $T(builder.fromRead(fields))", self);
        write.add("\n.extras(extraEntries())\n.toString()");
        EnumEmitter enums = new EnumEmitter(names);
        bound.nestedEnums().forEach(nested -> type.addType(enums.emitNested(nested)));
        if (!secrets.isEmpty()) {
            type.addMethod(Secrets.method("secretKeys", "The keys whose values {@code toString()} redacts.", secrets));
        }
        return type.addMethod(constructor.build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("A new, empty builder.\n@return the builder\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(toBuilder.addStatement("return builder").build())
                .addMethod(parse)
                .addMethod(fromJson)
                .addMethod(fromFields.build())
                .addMethod(MethodSpec.methodBuilder("wireValue")
                        .addAnnotation(Override.class)
                        .addJavadoc("The canonical wire form.\n@return the property string\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement(write.build())
                        .build())
                .addType(builderType.build())
                .build();
    }

    private static String doc(BoundKey key) {
        String doc = Docs.property(key.property());
        if (key.onlyIn().isEmpty()) {
            return doc;
        }
        return doc + "\n<p>\nOnly accepted by "
                + String.join(", ", key.onlyIn().stream().map(op -> codeTag(op)).toList()) + ".";
    }

    private static CodeBlock spec(BoundValue bound) {
        CodeBlock.Builder spec = CodeBlock.builder()
                .add(
                        "$T.of($S",
                        Support.PROPERTY_STRING_SPEC,
                        bound.defaultKey().orElse(null));
        bound.keys().forEach(k -> spec.add(",$W$S", k.wireName()));
        spec.add(")$>$>");
        bound.aliases().forEach(a -> spec.add("\n.alias($S, $S)", a.alias(), a.target()));
        bound.keyAliases().forEach(a -> spec.add("\n.keyAlias($S, $S, $S)", a.key(), a.keyTarget(), a.valueTarget()));
        return spec.add("$<$<").build();
    }

    private static CodeBlock read(BoundKey key, TypeName t) {
        String name = key.wireName();
        if (t instanceof ParameterizedTypeName list) {
            return CodeBlock.of(
                    "fields.list($S, $L)", name, parser(list.typeArguments().get(0)));
        }
        if (t.equals(TypeNames.STRING)) {
            return CodeBlock.of("fields.string($S)", name);
        }
        if (t.equals(TypeName.BOOLEAN.box())) {
            return CodeBlock.of("fields.bool($S)", name);
        }
        if (t.equals(TypeName.INT.box())) {
            return CodeBlock.of("fields.integer($S)", name);
        }
        if (t.equals(TypeName.LONG.box())) {
            return CodeBlock.of("fields.longValue($S)", name);
        }
        if (t.equals(TypeName.DOUBLE.box())) {
            return CodeBlock.of("fields.number($S)", name);
        }
        return CodeBlock.of("fields.get($S, $L)", name, parser(t));
    }

    /** A {@code Function<String, T>} reading one text value. */
    private static CodeBlock parser(TypeName t) {
        if (t.equals(TypeNames.STRING)) {
            return CodeBlock.of("$T::trim", String.class);
        }
        if (t.equals(TypeName.BOOLEAN.box())) {
            return CodeBlock.of("$T::parseBoolean", ClassName.get(Support.RUNTIME + ".codec", "PropertyStrings"));
        }
        if (Set.of(TypeName.INT.box(), TypeName.LONG.box(), TypeName.DOUBLE.box())
                .contains(t)) {
            return CodeBlock.of("$T::valueOf", t);
        }
        return CodeBlock.of("$T::of", t);
    }
}
