package dev.pvecodegen.generator;

import com.palantir.javapoet.JavaFile;
import dev.pvecodegen.generator.bind.Binder;
import dev.pvecodegen.generator.bind.BoundModel;
import dev.pvecodegen.generator.emit.ClientEmitter;
import dev.pvecodegen.generator.emit.JavadocWrapper;
import dev.pvecodegen.schema.model.ApiModel;
import java.util.function.Predicate;

/**
 * The generator's entry point: model in, Java sources out, through the binding stage ({@link Binder}: every name
 * and type decided) and the emitters (which only render). Pure and deterministic: the same model and options
 * give byte-identical files.
 */
public final class CodeGenerator {

    private CodeGenerator() {}

    /**
     * Binds and renders {@code model}.
     *
     * @throws dev.pvecodegen.generator.bind.NameOverrideException when a name override cannot be applied
     */
    public static GeneratedSources generate(ApiModel model, GeneratorOptions options) {
        return render(Binder.bind(model, options));
    }

    /** Renders a bound model. */
    public static GeneratedSources render(BoundModel bound) {
        // Building the type specs and rendering them is nearly all the cost, and every file is independent:
        // both run per file in parallel (the common pool plus this thread: both cores of a small machine). The
        // result is sorted by path, so the output stays deterministic.
        return new GeneratedSources(ClientEmitter.tasks(bound).parallelStream()
                .map(task -> {
                    JavaFile f = task.get();
                    return new GeneratedFile(
                            f.packageName().replace('.', '/') + "/"
                                    + f.typeSpec().name() + ".java",
                            JavadocWrapper.wrap(f.toString()));
                })
                .toList());
    }

    /** How many operations of {@code model} the options' includes and excludes select (each becomes a method). */
    public static long operationCount(ApiModel model, GeneratorOptions options) {
        Predicate<String> paths = options.paths();
        return model.operations().stream().filter(op -> paths.test(op.path())).count();
    }
}
