package dev.pvecodegen.generator.emit;

import static dev.pvecodegen.generator.naming.JavadocText.code;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pvecodegen.generator.naming.NamingStrategy;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.BodyKind;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.PathSegment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Resource classes: one per path, created on navigation (they hold only the executor and the path values). Each
 * operation is a method named after its HTTP verb ({@code get}, {@code post}, {@code put}, {@code delete});
 * each child path is a navigation method named after its segment, with a shortcut taking the item's variable
 * ({@code nodes("pve1")} for {@code nodes().node("pve1")}).
 */
final class ResourceEmitter implements Emitter<ResourcePlan.Node> {
    private final JavaTypes types;
    private final List<RequestEmitter.RequestDef> requests;
    private final List<OperationsEmitter.Entry> catalogue;

    /**
     * @param requests collects the request classes the resources refer to, for the request emitter
     * @param catalogue collects every emitted operation, for the operations catalogue
     */
    ResourceEmitter(
            JavaTypes types, List<RequestEmitter.RequestDef> requests, List<OperationsEmitter.Entry> catalogue) {
        this.types = types;
        this.requests = requests;
        this.catalogue = catalogue;
    }

    @Override
    public TypeSpec emit(ResourcePlan.Node node) {
        boolean root = node.vars().isEmpty() && node.resource().segments().isEmpty();
        TypeSpec.Builder type = TypeSpec.classBuilder(node.name())
                .addAnnotation(Support.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(Support.API_EXECUTOR, "executor", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addParameter(Support.API_EXECUTOR, "executor");
        if (root) {
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
            type.addJavadoc("Resource $L.\n", code(node.resource().path()));
            constructor.addStatement("this.executor = executor");
        }
        for (ResourcePlan.PathVar var : node.vars()) {
            type.addField(var.type(), var.member(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(var.type(), var.member());
            constructor.addStatement(
                    var.type().isPrimitive() ? "this.$N = $N" : "this.$N = $T.notNull($S, $N)",
                    var.type().isPrimitive()
                            ? new Object[] {var.member(), var.member()}
                            : new Object[] {var.member(), Support.CHECKS, var.wireName(), var.member()});
        }
        type.addMethod(constructor.build());
        Set<String> signatures = new HashSet<>();
        if (root) {
            signatures.add("executor()");
        }
        if (!node.operations().isEmpty()) {
            type.addMethod(apiRequest(node));
        }
        for (Operation op : node.operations()) {
            operation(type, node, op, signatures);
        }
        navigation(type, node, signatures);
        return type.build();
    }

    private static MethodSpec apiRequest(ResourcePlan.Node node) {
        CodeBlock.Builder body = CodeBlock.builder()
                .add(
                        "return $T.builder(verb, $S)",
                        Support.API_REQUEST,
                        node.resource().path());
        for (ResourcePlan.PathVar var : node.vars()) {
            body.add("\n        .pathParam($S, this.$N)", var.wireName(), var.member());
        }
        return MethodSpec.methodBuilder("apiRequest")
                .addModifiers(Modifier.PRIVATE)
                .returns(Support.API_REQUEST_BUILDER)
                .addParameter(Support.HTTP_VERB, "verb")
                .addStatement(body.build())
                .build();
    }

    private void operation(TypeSpec.Builder type, ResourcePlan.Node node, Operation op, Set<String> signatures) {
        String verb = op.method().name();
        String method = NamingStrategy.operationMethodName(op.method());
        String base = NamingStrategy.operationTypeStem(node.name().simpleName(), op.method());
        TypeName returns = returnType(op, base);
        CodeBlock call = CodeBlock.of(
                "apiRequest($T.$L)$L", Support.HTTP_VERB, verb, op.flags().allowToken() ? "" : ".allowToken(false)");
        MethodSpec.Builder spec = MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addJavadoc("$L\n", Docs.operation(op));
        Members.deprecated(spec, op.doc().deprecated());
        boolean hasRequest = !op.requestParameters().isEmpty();
        ClassName request = null;
        if (hasRequest) {
            request = types.registry().allocate(NamingStrategy.requestClassName(base));
            requests.add(new RequestEmitter.RequestDef(request, op));
            spec.addParameter(request, "request").addJavadoc("@param request the parameters\n");
            call = CodeBlock.of("$T.notNull($S, request).applyTo($L)", Support.CHECKS, "request", call);
            signatures.add(method + "(" + request + ")");
        } else {
            signatures.add(method + "()");
        }
        catalogue.add(new OperationsEmitter.Entry(op, request, returns));
        returnDoc(spec, op, returns);
        spec.addStatement(invoke(op, returns, CodeBlock.of("$L.build()", call)));
        type.addMethod(spec.build());
        boolean allOptional = hasRequest
                && op.requestParameters().stream()
                        .noneMatch(p -> p.required() && !p.property().isIndexed());
        if (allOptional) {
            MethodSpec.Builder shortcut = MethodSpec.methodBuilder(method)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(returns)
                    .addJavadoc("$L without parameters (all are optional).\n", code(op.key()));
            Members.deprecated(shortcut, op.doc().deprecated());
            returnDoc(shortcut, op, returns);
            String prefix = returns.equals(TypeName.VOID) ? "" : "return ";
            shortcut.addStatement("$L$N($T.builder().build())", prefix, method, request);
            type.addMethod(shortcut.build());
            signatures.add(method + "()");
        }
    }

    private static void returnDoc(MethodSpec.Builder spec, Operation op, TypeName returns) {
        if (returns.equals(TypeName.VOID)) {
            return;
        }
        String text = Docs.description(op.returns().doc()).orElse(op.isTask() ? "the task" : "the result");
        spec.addJavadoc("@return $L\n", text);
    }

    private CodeBlock invoke(Operation op, TypeName returns, CodeBlock request) {
        if (returns.equals(TypeName.VOID)) {
            return CodeBlock.of("executor.execute($L, $T.class)", request, Void.class);
        }
        if (op.isTask()) {
            return CodeBlock.of(
                    "return $T.$L(executor, $L)",
                    Support.CALLS,
                    op.returns().optional() ? "optionalTask" : "task",
                    request);
        }
        return CodeBlock.of("return executor.execute($L, $L)", request, ResponseEmitter.typeToken(returns));
    }

    /** void, a task handle, a response class (named {@code <Resource><Verb>Response} or {@code …Item}), .... */
    private TypeName returnType(Operation op, String base) {
        ApiType type = op.returns().type();
        if (type instanceof ApiType.NullType) {
            // PBS directory indexes declare null yet answer with a listing: a GET keeps whatever comes back.
            return op.method() == HttpMethod.GET ? JavaTypes.JSON_NODE : TypeName.VOID;
        }
        if (op.isTask()) {
            return op.returns().optional()
                    ? ParameterizedTypeName.get(ClassName.get(Optional.class), Support.TASK)
                    : Support.TASK;
        }
        if (op.flags().body() == BodyKind.DOWNLOAD) {
            return JavaTypes.JSON_NODE;
        }
        if (type instanceof ApiType.ObjectType o && !o.properties().isEmpty()) {
            return types.registry()
                    .objectClass(o, NamingStrategy.responseClassName(base), "the answer of " + code(op.key()));
        }
        if (type instanceof ApiType.ArrayType a
                && a.items() instanceof ApiType.ObjectType o
                && !o.properties().isEmpty()) {
            return ParameterizedTypeName.get(
                    JavaTypes.LIST,
                    types.registry()
                            .objectClass(
                                    o,
                                    NamingStrategy.itemClassName(base),
                                    "an item of the answer of " + code(op.key())));
        }
        return types.response(type, "result", base);
    }

    private static void navigation(TypeSpec.Builder type, ResourcePlan.Node node, Set<String> signatures) {
        List<Runnable> shortcuts = new ArrayList<>();
        for (ResourcePlan.Node child : node.children()) {
            PathSegment last = child.lastSegment().orElseThrow();
            if (last instanceof PathSegment.Variable) {
                ResourcePlan.PathVar var = child.vars().get(child.vars().size() - 1);
                String name = free(signatures, NamingStrategy.memberName(var.wireName()), var.type());
                type.addMethod(navigate(
                        node,
                        child,
                        name,
                        var,
                        "The item " + code(child.resource().path())));
            } else {
                String name = free(signatures, NamingStrategy.memberName(last.text()), null);
                type.addMethod(
                        navigate(node, child, name, null, code(child.resource().path())));
                List<ResourcePlan.Node> items = child.children().stream()
                        .filter(c -> c.lastSegment().orElseThrow() instanceof PathSegment.Variable)
                        .toList();
                if (items.size() == 1) {
                    ResourcePlan.Node item = items.get(0);
                    ResourcePlan.PathVar var = item.vars().get(item.vars().size() - 1);
                    shortcuts.add(() -> {
                        if (signatures.add(name + "(" + var.type() + ")")) {
                            type.addMethod(navigate(
                                    node,
                                    item,
                                    name,
                                    var,
                                    "The item " + code(item.resource().path())));
                        }
                    });
                }
            }
        }
        shortcuts.forEach(Runnable::run);
    }

    private static String free(Set<String> signatures, String name, TypeName parameter) {
        String candidate = name;
        while (!signatures.add(candidate + "(" + (parameter == null ? "" : parameter) + ")")) {
            candidate = candidate + "_";
        }
        return candidate;
    }

    private static MethodSpec navigate(
            ResourcePlan.Node node, ResourcePlan.Node target, String name, ResourcePlan.PathVar var, String doc) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(target.name())
                .addJavadoc("$L.\n", doc);
        CodeBlock.Builder args = CodeBlock.builder().add("executor");
        for (ResourcePlan.PathVar inherited : node.vars()) {
            args.add(", $N", inherited.member());
        }
        if (var != null) {
            method.addParameter(var.type(), var.member())
                    .addJavadoc("@param $N the path value {@code $L}\n", var.member(), var.wireName());
            args.add(", $N", var.member());
        }
        return method.addJavadoc("@return the resource\n")
                .addStatement("return new $T($L)", target.name(), args.build())
                .build();
    }
}
