package dev.pvecodegen.generator.emit;

import static dev.pvecodegen.generator.naming.JavadocText.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pvecodegen.schema.model.Operation;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The operation catalogue {@code <Root>Operations}: verb, path template, request and response type of every
 * generated operation, in schema order, for tools that enumerate the client.
 */
final class OperationsEmitter implements Emitter<OperationsEmitter.Catalogue> {

    /** One generated operation: its request class (null when none) and the generated method's return type. */
    record Entry(Operation operation, ClassName request, TypeName returns) {}

    /** The catalogue class and its entries. */
    record Catalogue(ClassName name, List<Entry> entries) {}

    static final ClassName OPERATION_INFO = ClassName.get(Support.SUPPORT, "OperationInfo");

    @Override
    public TypeSpec emit(Catalogue catalogue) {
        CodeBlock.Builder all =
                CodeBlock.builder().add("$T.of(", List.class).indent().indent();
        boolean first = true;
        for (Entry entry : catalogue.entries()) {
            Operation op = entry.operation();
            all.add(first ? "\n" : ",\n")
                    .add(
                            "$T.of($T.$L, $S, $L, $L, $L, $L)",
                            OPERATION_INFO,
                            Support.HTTP_VERB,
                            op.method().name(),
                            op.path(),
                            entry.request() == null ? CodeBlock.of("null") : CodeBlock.of("$T.class", entry.request()),
                            type(entry.returns()),
                            op.isTask(),
                            op.flags().allowToken());
            first = false;
        }
        all.unindent().unindent().add(")");
        return TypeSpec.classBuilder(catalogue.name())
                .addAnnotation(Support.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "Every operation of this client, in schema order: $L operations.\n",
                        code(String.valueOf(catalogue.entries().size())))
                .addField(FieldSpec.builder(
                                ParameterizedTypeName.get(ClassName.get(List.class), OPERATION_INFO),
                                "ALL",
                                Modifier.PUBLIC,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The operations, unmodifiable.\n")
                        .initializer(all.build())
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .build();
    }

    private static CodeBlock type(TypeName returns) {
        if (returns.equals(TypeName.VOID)) {
            return CodeBlock.of("$T.class", Void.class);
        }
        if (returns instanceof ParameterizedTypeName p && p.rawType().equals(ClassName.get(Optional.class))) {
            return CodeBlock.of("$T.class", p.typeArguments().get(0));
        }
        if (returns instanceof ParameterizedTypeName) {
            return CodeBlock.of("$L.getType()", ResponseEmitter.typeToken(returns));
        }
        return CodeBlock.of("$T.class", returns);
    }
}
