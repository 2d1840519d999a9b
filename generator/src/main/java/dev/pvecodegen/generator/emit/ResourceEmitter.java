package dev.pvecodegen.generator.emit;

import static dev.pvecodegen.generator.naming.JavadocText.codeTag;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pvecodegen.generator.bind.BoundNavigation;
import dev.pvecodegen.generator.bind.BoundOperation;
import dev.pvecodegen.generator.bind.BoundResource;
import dev.pvecodegen.generator.bind.JavaType;
import dev.pvecodegen.generator.bind.PathVariable;
import dev.pvecodegen.schema.model.Operation;
import javax.lang.model.element.Modifier;

/**
 * Resource classes: one per path, created on navigation (they hold only the executor and the path values). Each
 * operation is a method named after its HTTP verb ({@code get}, {@code post}, {@code put}, {@code delete});
 * each child path is a navigation method named after its segment, with a shortcut taking the item's variable
 * ({@code nodes("pve1")} for {@code nodes().node("pve1")}).
 */
final class ResourceEmitter implements Emitter<BoundResource> {
    private final TypeNames names;
    private final String packageName;

    ResourceEmitter(TypeNames names) {
        this.names = names;
        this.packageName = names.model().packageName();
    }

    ClassName className(String simpleName) {
        return ClassName.get(packageName, simpleName);
    }

    @Override
    public TypeSpec emit(BoundResource resource) {
        TypeSpec.Builder type = TypeSpec.classBuilder(className(resource.name()))
                .addAnnotation(Support.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(Support.API_EXECUTOR, "executor", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addParameter(Support.API_EXECUTOR, "executor");
        if (resource.root()) {
            type.addJavadoc("The API root: navigate from here to every resource, e.g. "
                    + "{@code nodes(\"pve1\").qemu(100).status().start().post()}. Resource objects are created on "
                    + "navigation and hold only the executor and the path values.\n");
            constructor
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("@param executor the client that runs the calls, e.g. a {@code PveClient}\n")
                    .addStatement("this.executor = $T.notNull($S, executor)", Support.CHECKS, "executor");
            type.addMethod(MethodSpec.methodBuilder("executor")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(Support.API_EXECUTOR)
                    .addJavadoc("""
                            The executor, for raw calls to endpoints newer than this client.
                            @return the executor
                            """)
                    .addStatement("return executor")
                    .build());
        } else {
            type.addJavadoc("Resource $L.\n", codeTag(resource.path()));
            constructor.addStatement("this.executor = executor");
        }
        for (PathVariable var : resource.variables()) {
            TypeName varType = names.unboxed(var.type());
            type.addField(varType, var.member(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(varType, var.member());
            if (varType.isPrimitive()) {
                constructor.addStatement("this.$N = $N", var.member(), var.member());
            } else {
                constructor.addStatement(
                        "this.$N = $T.notNull($S, $N)", var.member(), Support.CHECKS, var.wireName(), var.member());
            }
        }
        type.addMethod(constructor.build());
        if (!resource.operations().isEmpty()) {
            type.addMethod(apiRequest(resource));
        }
        for (BoundOperation op : resource.operations()) {
            operation(type, op);
        }
        for (BoundNavigation navigation : resource.navigation()) {
            type.addMethod(navigate(resource, navigation));
        }
        return type.build();
    }

    private static MethodSpec apiRequest(BoundResource resource) {
        CodeBlock.Builder body =
                CodeBlock.builder().add("return $T.builder(verb, $S)", Support.API_REQUEST, resource.path());
        for (PathVariable var : resource.variables()) {
            body.add("\n.pathParam($S, this.$N)", var.wireName(), var.member());
        }
        return MethodSpec.methodBuilder("apiRequest")
                .addModifiers(Modifier.PRIVATE)
                .returns(Support.API_REQUEST_BUILDER)
                .addParameter(Support.HTTP_VERB, "verb")
                .addStatement(body.build())
                .build();
    }

    private void operation(TypeSpec.Builder type, BoundOperation bound) {
        Operation op = bound.operation();
        TypeName returns = names.of(bound.returns());
        CodeBlock call = CodeBlock.of(
                "apiRequest($T.$L)$L",
                Support.HTTP_VERB,
                op.method().name(),
                op.flags().allowToken() ? "" : ".allowToken(false)");
        MethodSpec.Builder spec = MethodSpec.methodBuilder(bound.method())
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addJavadoc("$L\n", Docs.operation(op));
        Members.deprecated(spec, op.doc().deprecated());
        boolean parameters = bound.request().isPresent();
        if (parameters) {
            ClassName request = names.named(bound.request().get().name());
            spec.addParameter(request, "request").addJavadoc("@param request the parameters\n");
        }
        returnDoc(spec, bound, returns);
        spec.addStatement(invoke(bound, call, parameters, returns));
        type.addMethod(spec.build());
        if (bound.withoutArguments()) {
            ClassName request = names.named(bound.request().orElseThrow().name());
            MethodSpec.Builder shortcut = MethodSpec.methodBuilder(bound.method())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(returns)
                    .addJavadoc("$L without parameters (all are optional).\n", codeTag(op.key()));
            Members.deprecated(shortcut, op.doc().deprecated());
            returnDoc(shortcut, bound, returns);
            String prefix = returns.equals(TypeName.VOID) ? "" : "return ";
            shortcut.addStatement("$L$N($T.builder().build())", prefix, bound.method(), request);
            type.addMethod(shortcut.build());
        }
    }

    private static void returnDoc(MethodSpec.Builder spec, BoundOperation bound, TypeName returns) {
        if (returns.equals(TypeName.VOID)) {
            return;
        }
        Operation op = bound.operation();
        String text = Docs.description(op.returns().doc()).orElse(op.isTask() ? "the task" : "the result");
        spec.addJavadoc("@return $L\n", text);
    }

    /** One call of the runtime's {@code Calls}, which checks and applies the parameters and runs the request. */
    private static CodeBlock invoke(BoundOperation bound, CodeBlock call, boolean parameters, TypeName returns) {
        JavaType type = bound.returns();
        CodeBlock arguments =
                parameters ? CodeBlock.of("executor,$W$L,$Wrequest", call) : CodeBlock.of("executor,$W$L", call);
        if (type == JavaType.Special.VOID) {
            return CodeBlock.of("$T.run($L)", Support.CALLS, arguments);
        }
        if (type == JavaType.Special.TASK || type == JavaType.Special.OPTIONAL_TASK) {
            return CodeBlock.of(
                    "return $T.$L($L)",
                    Support.CALLS,
                    type == JavaType.Special.OPTIONAL_TASK ? "optionalTask" : "task",
                    arguments);
        }
        if (returns instanceof ParameterizedTypeName p) {
            TypeName last = p.typeArguments().get(p.typeArguments().size() - 1);
            String shape = p.rawType().equals(TypeNames.MAP) ? "map" : "list";
            return CodeBlock.of("return $T.$L($L,$W$T.class)", Support.CALLS, shape, arguments, last);
        }
        return CodeBlock.of("return $T.object($L,$W$T.class)", Support.CALLS, arguments, returns);
    }

    private MethodSpec navigate(BoundResource from, BoundNavigation navigation) {
        ClassName target = className(navigation.target());
        String doc = navigation.argument().isPresent()
                ? "The item " + codeTag(navigation.targetPath())
                : codeTag(navigation.targetPath());
        MethodSpec.Builder method = MethodSpec.methodBuilder(navigation.method())
                .addModifiers(Modifier.PUBLIC)
                .returns(target)
                .addJavadoc("$L.\n", doc);
        CodeBlock.Builder args = CodeBlock.builder().add("executor");
        for (PathVariable inherited : from.variables()) {
            args.add(", $N", inherited.member());
        }
        navigation.argument().ifPresent(var -> {
            method.addParameter(names.unboxed(var.type()), var.member())
                    .addJavadoc("@param $N the path value {@code $L}\n", var.member(), var.wireName());
            args.add(", $N", var.member());
        });
        return method.addJavadoc("@return the resource\n")
                .addStatement("return new $T($L)", target, args.build())
                .build();
    }
}
