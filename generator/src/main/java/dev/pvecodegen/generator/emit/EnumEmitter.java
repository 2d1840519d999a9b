package dev.pvecodegen.generator.emit;

import static dev.pvecodegen.generator.naming.JavadocText.codeTag;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pvecodegen.generator.bind.BoundEnum;
import java.util.Collection;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Open enums: one constant per schema value (UPPER_SNAKE_CASE), {@code of(String)} that returns the constant or
 * keeps an unknown value, the wire value through {@code wireValue()}, and {@code constant()}: a Java {@code enum}
 * to {@code switch} on, {@code UNLISTED} for a value the schema does not list.
 */
final class EnumEmitter implements Emitter<BoundEnum> {
    /** Enums with more values than this list them without a comment per constant: the wire value says it all. */
    static final int DOCUMENTED_CONSTANTS = 40;

    private final TypeNames names;

    EnumEmitter(TypeNames names) {
        this.names = names;
    }

    @Override
    public TypeSpec emit(BoundEnum bound) {
        return builder(bound).addAnnotation(Support.GENERATED).build();
    }

    /** The same class as a static member of the value class it is nested in. */
    TypeSpec emitNested(BoundEnum bound) {
        return builder(bound).addModifiers(Modifier.STATIC).build();
    }

    private TypeSpec.Builder builder(BoundEnum bound) {
        ClassName self = names.named(bound.name());
        ClassName constant = self.nestedClass("Constant");
        boolean documented = bound.values().size() <= DOCUMENTED_CONSTANTS;
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(Support.ENUM_VALUE)
                .addJavadoc(
                        "Values of $L as the schema lists them; values from a newer server are kept "
                                + "({@link #isKnown()} is false for them). {@link #constant()} gives a Java enum to "
                                + "{@code switch} on.\n",
                        codeTag(bound.simpleName()));
        if (!bound.sites().isEmpty()) {
            type.addJavadoc("<p>\nUsed by $L.\n", Uses.describe(bound.sites()));
        }
        TypeSpec.Builder javaEnum = TypeSpec.enumBuilder(constant)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "The values of {@link $T} as a Java enum; {@link #UNLISTED} stands for a value the schema "
                                + "does not list (its wire value stays in {@link $T#wireValue()}).\n",
                        self,
                        self);
        CodeBlock.Builder known = CodeBlock.builder();
        for (int i = 0; i < bound.values().size(); i++) {
            String value = bound.values().get(i);
            String name = bound.constants().get(i);
            FieldSpec.Builder field = FieldSpec.builder(self, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($Z$S,$W$T.$N)", self, value, constant, name);
            if (documented) {
                field.addJavadoc("Wire value $L.\n", codeTag(value));
                javaEnum.addEnumConstant(
                        name,
                        TypeSpec.anonymousClassBuilder("")
                                .addJavadoc("Wire value $L.\n", codeTag(value))
                                .build());
            } else {
                javaEnum.addEnumConstant(name);
            }
            type.addField(field.build());
            known.add(known.isEmpty() ? "$N" : ",$W$N", name);
        }
        javaEnum.addEnumConstant(
                "UNLISTED",
                TypeSpec.anonymousClassBuilder("")
                        .addJavadoc("A value the schema does not list.\n")
                        .build());
        type.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self),
                        "KNOWN",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("index($L)", known.build())
                .build());
        type.addField(constant, "constant", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "value")
                .addParameter(constant, "constant")
                .addStatement("super(value, constant != $T.UNLISTED)", constant)
                .addStatement("this.constant = constant")
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addJavadoc("""
                        The constant for {@code value}, or a new unknown value; never fails.
                        @param value the wire value
                        @return the value
                        """)
                .addAnnotation(Support.jsonCreatorDelegating())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "value")
                .addStatement("$T known = KNOWN.get(value)", self)
                .addStatement("return known != null$W? known$W: new $T(value, $T.UNLISTED)", self, constant)
                .build());
        type.addMethod(MethodSpec.methodBuilder("values")
                .addJavadoc("The values the schema lists, in schema order.\n@return the values\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Collection.class), self))
                .addStatement("return KNOWN.values()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("constant")
                .addJavadoc("""
                        This value as a Java enum, to {@code switch} on.
                        @return the constant, {@link Constant#UNLISTED} for a value the schema does not list
                        """)
                .addModifiers(Modifier.PUBLIC)
                .returns(constant)
                .addStatement("return constant")
                .build());
        return type.addType(javaEnum.build());
    }
}
