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
        Predicate<String> paths = PathGlobs.filter(options.includes(), options.excludes());
        Predicate<Operation> keep = op -> paths.test(op.path());
        List<JavaFile> files = ClientEmitter.emit(model, options.packageName(), keep);
        // Rendering dominates the cost and the files are independent: render them in parallel; toList() keeps the
        // emitters' order, so the output stays deterministic.
        return new GeneratedSources(files.parallelStream()
                .map(f -> new GeneratedFile(
                        f.packageName().replace('.', '/') + "/" + f.typeSpec().name() + ".java", f.toString()))
                .toList());
    }
}
