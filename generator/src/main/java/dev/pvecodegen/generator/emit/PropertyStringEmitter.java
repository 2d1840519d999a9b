package dev.pvecodegen.generator.emit;

import static dev.pvecodegen.generator.naming.JavadocText.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pvecodegen.generator.naming.NamingStrategy;
import dev.pvecodegen.generator.naming.UniqueNames;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Property-string value classes: a builder, {@code parse(String)} (aliases, key aliases, default key, {@code ;}
 * lists, lenient booleans) and the canonical wire form as {@code toString()}; undescribed keys are kept.
 */
final class PropertyStringEmitter implements Emitter<TypeRegistry.FormatDef> {
    private static final Set<String> RESERVED = Set.of(
            "builder", "toBuilder", "parse", "wireValue", "extraEntries", "self", "build", "raw", "rawEntries", "SPEC");

    private final JavaTypes types;

    PropertyStringEmitter(JavaTypes types) {
        this.types = types;
    }

    private record Key(Property property, String member, TypeName type) {}

    @Override
    public TypeSpec emit(TypeRegistry.FormatDef def) {
        ClassName self = def.name();
        ClassName builder = self.nestedClass("Builder");
        PropertyStringFormat format = def.format();
        UniqueNames names = new UniqueNames(false);
        List<Key> keys = new ArrayList<>();
        for (Property p : format.keys()) {
            keys.add(new Key(
                    p,
                    names.allocate(NamingStrategy.memberName(p.name(), RESERVED)),
                    types.key(p.type(), p.name(), self)));
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addAnnotation(Support.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(Support.PROPERTY_STRING_VALUE)
                .addJavadoc(
                        "Property string $L$L: {@code key=value} pairs joined by {@code ,}"
                                + "$L. {@link #toString()} gives the canonical wire form.\n",
                        code(format.id()),
                        format.formatName()
                                .map(n -> " (format " + code(n) + ")")
                                .orElse(""),
                        format.defaultKey()
                                .map(k -> "; the value of " + code(k) + " may be written without its key")
                                .orElse(""))
                .addField(FieldSpec.builder(
                                Support.PROPERTY_STRING_SPEC, "SPEC", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(spec(format))
                        .build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder")
                .addStatement("super(builder.rawEntries())");
        MethodSpec.Builder parse = MethodSpec.methodBuilder("parse")
                .addJavadoc("""
                        Parses the wire form leniently; keys the schema does not describe are kept.
                        @param text the property string
                        @return the value
                        @throws IllegalArgumentException when a described key has a malformed value
                        """)
                .addAnnotation(Support.jsonCreatorDelegating())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "text")
                .addStatement("$T fields = SPEC.read(text)", Support.PROPERTY_STRING_FIELDS)
                .addStatement("$T builder = new $T()", builder, builder);
        CodeBlock.Builder write = CodeBlock.builder().add("return SPEC.writer()");
        MethodSpec.Builder toBuilder = MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder holding this value's settings.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("$T builder = new $T().raw(extraEntries())", builder, builder);
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
        for (Key key : keys) {
            String doc = Docs.property(key.property());
            type.addField(key.type(), key.member(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = builder.$N", key.member(), key.member());
            type.addMethod(Members.accessor(
                    key.member(),
                    key.type(),
                    !key.property().optional(),
                    doc,
                    key.property().doc().deprecated()));
            builderType.addField(key.type(), key.member(), Modifier.PRIVATE);
            builderType.addMethod(Members.setter(
                    builder,
                    key.property().name(),
                    key.member(),
                    key.type(),
                    doc,
                    key.property().doc().deprecated()));
            parse.addStatement("builder.$N = $L", key.member(), read(key));
            toBuilder.addStatement("builder.$N = $N", key.member(), key.member());
            write.add("\n        .put($S, $N)", key.property().name(), key.member());
            if (!key.property().optional()) {
                required.add(key.property().name());
                required.add(key.member());
            }
            Members.checks(checks, key.property(), key.member());
        }
        if (!required.isEmpty()) {
            build.addStatement("$T.required($S, $L)", Support.CHECKS, self.simpleName(), Members.pairs(required));
        }
        builderType.addMethod(build.addCode(checks.build().code())
                .addStatement("return new $T(this)", self)
                .build());
        parse.addStatement("return new $T(builder.raw(fields.extras()))", self);
        write.add("\n        .extras(extraEntries()).toString()");
        EnumEmitter enums = new EnumEmitter();
        types.registry().nestedEnums(self).forEach(nested -> type.addType(enums.emitNested(nested)));
        return type.addMethod(constructor.build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("A new, empty builder.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(toBuilder.addStatement("return builder").build())
                .addMethod(parse.build())
                .addMethod(MethodSpec.methodBuilder("wireValue")
                        .addAnnotation(Override.class)
                        .addJavadoc("The canonical wire form.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement(write.build())
                        .build())
                .addType(builderType.build())
                .build();
    }

    private static CodeBlock spec(PropertyStringFormat format) {
        CodeBlock.Builder spec = CodeBlock.builder()
                .add(
                        "$T.of($S",
                        Support.PROPERTY_STRING_SPEC,
                        format.defaultKey().orElse(null));
        format.keys().forEach(k -> spec.add(", $S", k.name()));
        spec.add(")");
        format.aliases().forEach(a -> spec.add("\n        .alias($S, $S)", a.alias(), a.target()));
        format.keyAliases()
                .forEach(a -> spec.add("\n        .keyAlias($S, $S, $S)", a.key(), a.keyTarget(), a.valueTarget()));
        return spec.build();
    }

    private static CodeBlock read(Key key) {
        String name = key.property().name();
        TypeName t = key.type();
        if (t instanceof ParameterizedTypeName list) {
            return CodeBlock.of(
                    "fields.list($S, $L)", name, parser(list.typeArguments().get(0)));
        }
        if (t.equals(JavaTypes.STRING)) {
            return CodeBlock.of("fields.string($S)", name);
        }
        if (t.equals(JavaTypes.BOOLEAN)) {
            return CodeBlock.of("fields.bool($S)", name);
        }
        if (t.equals(JavaTypes.INTEGER)) {
            return CodeBlock.of("fields.integer($S)", name);
        }
        if (t.equals(JavaTypes.LONG)) {
            return CodeBlock.of("fields.longValue($S)", name);
        }
        if (t.equals(JavaTypes.DOUBLE)) {
            return CodeBlock.of("fields.number($S)", name);
        }
        return CodeBlock.of("fields.get($S, $L)", name, parser(t));
    }

    /** A {@code Function<String, T>} reading one text value. */
    private static CodeBlock parser(TypeName t) {
        if (t.equals(JavaTypes.STRING)) {
            return CodeBlock.of("$T::trim", String.class);
        }
        if (t.equals(JavaTypes.BOOLEAN)) {
            return CodeBlock.of("$T::parseBoolean", ClassName.get(Support.RUNTIME + ".codec", "PropertyStrings"));
        }
        if (t.equals(JavaTypes.INTEGER) || t.equals(JavaTypes.LONG) || t.equals(JavaTypes.DOUBLE)) {
            return CodeBlock.of("$T::valueOf", t);
        }
        return CodeBlock.of("$T::of", t);
    }
}
