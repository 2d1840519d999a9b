package dev.pvecodegen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** The override through which a generated class tells its runtime base which values to redact. */
final class Secrets {

    private Secrets() {}

    /** {@code @Override protected Set<String> name() { return Set.of("password"); }}. */
    static MethodSpec method(String name, String doc, List<String> wireNames) {
        CodeBlock values = wireNames.stream().map(n -> CodeBlock.of("$S", n)).collect(CodeBlock.joining(",$W"));
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(ParameterizedTypeName.get(Set.class, String.class))
                .addJavadoc("$L\n@return the wire names\n", doc)
                .addStatement("return $T.of($L)", Set.class, values)
                .build();
    }
}
