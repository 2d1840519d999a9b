package dev.pvecodegen.generator;

import com.palantir.javapoet.JavaFile;
import dev.pvecodegen.generator.emit.ClientEmitter;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.Operation;
import java.util.List;
import java.util.function.Predicate;

/**
 * The generator's entry point: model in, Java sources out. Pure and deterministic: the same model and options
 * give byte-identical files.
 */
public final class CodeGenerator {

    private CodeGenerator() {}

    public static GeneratedSources generate(ApiModel model, GeneratorOptions options) {
        Predicate<Operation> keep = selection(options);
        List<JavaFile> files = ClientEmitter.emit(model, options.packageName(), keep);
        // Rendering dominates the cost and the files are independent: render them in parallel; toList() keeps the
        // emitters' order, so the output stays deterministic.
        return new GeneratedSources(files.parallelStream()
                .map(f -> new GeneratedFile(
                        f.packageName().replace('.', '/') + "/" + f.typeSpec().name() + ".java", f.toString()))
                .toList());
    }

    /** How many operations of {@code model} the options' includes and excludes select (each becomes a method). */
    public static long operationCount(ApiModel model, GeneratorOptions options) {
        return model.operations().stream().filter(selection(options)).count();
    }

    private static Predicate<Operation> selection(GeneratorOptions options) {
        Predicate<String> paths = PathGlobs.filter(options.includes(), options.excludes());
        return op -> paths.test(op.path());
    }
}
