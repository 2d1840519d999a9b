package dev.pvecodegen.generator.emit;

import static dev.pvecodegen.generator.naming.JavadocText.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pvecodegen.generator.naming.NamingStrategy;
import dev.pvecodegen.generator.naming.UniqueNames;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Open enums: one constant per schema value (UPPER_SNAKE_CASE), {@code of(String)} that returns the constant or
 * keeps an unknown value, and the wire value through {@code wireValue()}.
 */
final class EnumEmitter implements Emitter<TypeRegistry.EnumDef> {

    @Override
    public TypeSpec emit(TypeRegistry.EnumDef def) {
        return builder(def).addAnnotation(Support.GENERATED).build();
    }

    /** The same class as a static member of the class it is nested in. */
    TypeSpec emitNested(TypeRegistry.EnumDef def) {
        return builder(def).addModifiers(Modifier.STATIC).build();
    }

    private TypeSpec.Builder builder(TypeRegistry.EnumDef def) {
        ClassName self = def.name();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(Support.ENUM_VALUE)
                .addJavadoc(
                        "Values of $L as the schema lists them; values from a newer server are kept "
                                + "({@link #isKnown()} is false for them).\n",
                        code(self.simpleName()));
        UniqueNames names = new UniqueNames(false);
        List.of("KNOWN").forEach(names::reserve);
        CodeBlock.Builder known = CodeBlock.builder();
        for (String value : def.type().values()) {
            String constant = names.allocate(NamingStrategy.constantName(value));
            type.addField(FieldSpec.builder(self, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Wire value $L.\n", code(value))
                    .initializer("new $T($S, true)", self, value)
                    .build());
            known.add(known.isEmpty() ? "$N" : ", $N", constant);
        }
        type.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self),
                        "KNOWN",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("index($L)", known.build())
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "value")
                .addParameter(boolean.class, "known")
                .addStatement("super(value, known)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addJavadoc("The constant for {@code value}, or a new unknown value; never fails.\n")
                .addAnnotation(Support.jsonCreatorDelegating())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "value")
                .addStatement("$T constant = KNOWN.get(value)", self)
                .addStatement("return constant != null ? constant : new $T(value, false)", self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("values")
                .addJavadoc("The values the schema lists, in schema order.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Collection.class), self))
                .addStatement("return KNOWN.values()")
                .build());
        return type;
    }
}
