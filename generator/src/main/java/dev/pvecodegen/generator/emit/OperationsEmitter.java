package dev.pvecodegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pvecodegen.generator.bind.BoundModel;
import dev.pvecodegen.generator.bind.BoundOperation;
import dev.pvecodegen.generator.bind.JavaType;
import dev.pvecodegen.schema.model.Operation;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The operation catalogue {@code <Root>Operations}: verb, path template, request and response type of every
 * generated operation, in schema order, for tools that enumerate the client.
 */
final class OperationsEmitter implements Emitter<BoundModel> {
    static final ClassName OPERATION_INFO = ClassName.get(Support.SUPPORT, "OperationInfo");

    private final TypeNames names;

    OperationsEmitter(TypeNames names) {
        this.names = names;
    }

    @Override
    public TypeSpec emit(BoundModel model) {
        List<BoundOperation> operations = model.operations();
        CodeBlock.Builder all = CodeBlock.builder().add("$T.of($>$>", List.class);
        boolean first = true;
        for (BoundOperation bound : operations) {
            Operation op = bound.operation();
            all.add(first ? "\n" : ",\n")
                    .add(
                            "$T.of($T.$L, $S,$W$L,$W$L,$W$L, $L)",
                            OPERATION_INFO,
                            Support.HTTP_VERB,
                            op.method().name(),
                            op.path(),
                            bound.request()
                                    .map(r -> CodeBlock.of("$T.class", names.named(r.name())))
                                    .orElse(CodeBlock.of("null")),
                            type(bound.returns()),
                            op.isTask(),
                            op.flags().allowToken());
            first = false;
        }
        all.add("$<$<)");
        return TypeSpec.classBuilder(ClassName.get(model.packageName(), model.operationsName()))
                .addAnnotation(Support.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Every operation of this client, in schema order: $L operations.\n", operations.size())
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

    private CodeBlock type(JavaType returns) {
        if (returns == JavaType.Special.VOID) {
            return CodeBlock.of("$T.class", Void.class);
        }
        if (returns == JavaType.Special.OPTIONAL_TASK) {
            return CodeBlock.of("$T.class", Support.TASK);
        }
        TypeName type = names.of(returns);
        if (returns.isCollection()) {
            return CodeBlock.of("$L.getType()", ResponseEmitter.typeToken(type));
        }
        return CodeBlock.of("$T.class", type);
    }
}
