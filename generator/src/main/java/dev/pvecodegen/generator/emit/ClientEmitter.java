package dev.pvecodegen.generator.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.pvecodegen.generator.bind.BoundEnum;
import dev.pvecodegen.generator.bind.BoundModel;
import dev.pvecodegen.generator.bind.BoundObject;
import dev.pvecodegen.generator.bind.BoundRequest;
import dev.pvecodegen.generator.bind.BoundResource;
import dev.pvecodegen.generator.bind.BoundType;
import dev.pvecodegen.generator.bind.BoundValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Renders a bound model: the resource classes (depth first), the operation catalogue, then every class of the
 * model package by name. Every name and type is already decided; nothing here depends on rendering order.
 */
public final class ClientEmitter {
    private static final String INDENT = "    ";

    private ClientEmitter() {}

    public static List<JavaFile> emit(BoundModel model) {
        return tasks(model).stream().map(Supplier::get).toList();
    }

    /**
     * One task per file, in output order: the files are independent, so a caller may run the tasks in parallel
     * (the emitters keep no state between files).
     */
    public static List<Supplier<JavaFile>> tasks(BoundModel model) {
        TypeNames names = new TypeNames(model);
        ResourceEmitter resources = new ResourceEmitter(names);
        List<Supplier<JavaFile>> files = new ArrayList<>();
        for (BoundResource resource : model.resources()) {
            files.add(() -> file(model.packageName(), resources.emit(resource)));
        }
        files.add(() -> file(model.packageName(), new OperationsEmitter(names).emit(model)));
        RequestEmitter requests = new RequestEmitter(names);
        ResponseEmitter objects = new ResponseEmitter(names);
        PropertyStringEmitter values = new PropertyStringEmitter(names);
        EnumEmitter enums = new EnumEmitter(names);
        for (BoundType type : model.topLevelTypes()) {
            files.add(() -> {
                TypeSpec spec;
                if (type instanceof BoundRequest request) {
                    spec = requests.emit(request);
                } else if (type instanceof BoundObject object) {
                    spec = objects.emit(object);
                } else if (type instanceof BoundValue value) {
                    spec = values.emit(value);
                } else {
                    spec = enums.emit((BoundEnum) type);
                }
                return file(model.modelPackage(), spec);
            });
        }
        return files;
    }

    private static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type)
                .indent(INDENT)
                .skipJavaLangImports(true)
                .build();
    }
}
