package dev.pvecodegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.pvecodegen.generator.naming.NamingStrategy;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Dispatches the model to the emitters: resources first (they register the requests and response types they
 * use), then requests, then the shared types until no new one is registered.
 */
public final class ClientEmitter {
    private static final String INDENT = "    ";

    private ClientEmitter() {}

    /** The root class name for a dialect: {@code Pve} or {@code Pbs}. */
    public static String rootName(ApiModel model) {
        return NamingStrategy.rootClassName(model.dialect());
    }

    /**
     * Keys of the object shapes that the returns of more than one operation use: a class named after its first use
     * would mislead on the others (the {@code [{subdir}]} directory indexes), so the registry names them by content.
     */
    private static Set<String> sharedReturnShapes(ApiModel model, Predicate<Operation> keep) {
        Map<String, Integer> uses = new HashMap<>();
        for (Operation op : model.operations()) {
            if (keep.test(op)) {
                op.returns()
                        .type()
                        .selfAndNested()
                        .filter(t -> t instanceof ApiType.ObjectType o
                                && !o.properties().isEmpty())
                        .map(t -> TypeKeys.of((ApiType.ObjectType) t))
                        .distinct()
                        .forEach(key -> uses.merge(key, 1, Integer::sum));
            }
        }
        Set<String> shared = new HashSet<>();
        uses.forEach((key, count) -> {
            if (count > 1) {
                shared.add(key);
            }
        });
        return shared;
    }

    /**
     * Emits the client.
     *
     * @param model the schema model
     * @param packageName the target package; types go to its {@code model} sub-package
     * @param keep which operations to generate
     */
    public static List<JavaFile> emit(ApiModel model, String packageName, Predicate<Operation> keep) {
        TypeRegistry registry = new TypeRegistry(packageName + ".model", sharedReturnShapes(model, keep));
        JavaTypes types = new JavaTypes(registry);
        List<RequestEmitter.RequestDef> requests = new ArrayList<>();
        List<JavaFile> files = new ArrayList<>();
        ResourcePlan.Node root = ResourcePlan.plan(packageName, rootName(model), model.roots(), keep);
        List<OperationsEmitter.Entry> catalogue = new ArrayList<>();
        ResourceEmitter resources = new ResourceEmitter(types, requests, catalogue);
        List<ResourcePlan.Node> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            ResourcePlan.Node node = pending.remove(0);
            files.add(file(node.name(), resources.emit(node)));
            pending.addAll(0, node.children());
        }
        ClassName operations = ClassName.get(packageName, NamingStrategy.operationsClassName(rootName(model)));
        files.add(
                file(operations, new OperationsEmitter().emit(new OperationsEmitter.Catalogue(operations, catalogue))));
        RequestEmitter requestEmitter = new RequestEmitter(types);
        for (RequestEmitter.RequestDef request : requests) {
            files.add(file(request.name(), requestEmitter.emit(request)));
        }
        EnumEmitter enums = new EnumEmitter();
        PropertyStringEmitter formats = new PropertyStringEmitter(types);
        ResponseEmitter objects = new ResponseEmitter(types);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (TypeRegistry.ObjectDef def; (def = registry.nextObject()) != null; progress = true) {
                files.add(file(def.name(), objects.emit(def)));
            }
            for (TypeRegistry.FormatDef def; (def = registry.nextFormat()) != null; progress = true) {
                files.add(file(def.name(), formats.emit(def)));
            }
            for (TypeRegistry.EnumDef def; (def = registry.nextEnum()) != null; progress = true) {
                files.add(file(def.name(), enums.emit(def)));
            }
        }
        return files;
    }

    private static JavaFile file(ClassName name, TypeSpec type) {
        return JavaFile.builder(name.packageName(), type)
                .indent(INDENT)
                .skipJavaLangImports(true)
                .build();
    }
}
