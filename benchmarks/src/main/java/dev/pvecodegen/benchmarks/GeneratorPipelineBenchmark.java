package dev.pvecodegen.benchmarks;

import dev.pvecodegen.generator.CodeGenerator;
import dev.pvecodegen.generator.GeneratedSources;
import dev.pvecodegen.generator.GeneratorOptions;
import dev.pvecodegen.schema.PinnedSchemas;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.model.ApiModel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The generator in a warm JVM on the pinned pve-9.2 schema: {@link #pipeline} is the whole job (read the file,
 * validate against the meta-schema, build the model, emit every Java file to memory), budget ≤ 300 ms. {@link #load}
 * and {@link #emit} split it, so a miss shows which half to profile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GeneratorPipelineBenchmark {
    static final String PACKAGE = "dev.pvecodegen.client.pve";

    private Path schema;
    private ApiModel model;
    private GeneratorOptions options;

    @Setup
    public void locate() throws SchemaException {
        schema = PinnedSchemas.resolve(PinnedSchemas.find("pve-9.2").orElseThrow());
        model = SchemaLoader.load(schema);
        options = GeneratorOptions.defaults(PACKAGE);
        if (CodeGenerator.generate(model, options).files().size() < 1000) {
            throw new IllegalStateException("pve-9.2 gave fewer than 1000 files: is this the full schema?");
        }
    }

    @Benchmark
    public GeneratedSources pipeline() throws SchemaException {
        return CodeGenerator.generate(SchemaLoader.load(schema), options);
    }

    @Benchmark
    public ApiModel load() throws SchemaException {
        return SchemaLoader.load(schema);
    }

    @Benchmark
    public GeneratedSources emit() {
        return CodeGenerator.generate(model, options);
    }
}
