package dev.pvecodegen.maven;

import com.palantir.javapoet.JavaFile;
import dev.pvecodegen.generator.CodeGenerator;
import dev.pvecodegen.generator.GeneratedFile;
import dev.pvecodegen.generator.GeneratedSources;
import dev.pvecodegen.generator.GeneratorOptions;
import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.model.ApiModel;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoFailureException;

/** The one place the plugin calls the schema loader and the generator. */
final class Generation {

    private Generation() {}

    /** Identifies the code that shapes the output (loader, generator, JavaPoet), for the up-to-date stamp. */
    static String fingerprint(FileDigests digests) {
        return GeneratorFingerprint.of(List.of(CodeGenerator.class, SchemaLoader.class, JavaFile.class), digests);
    }

    /**
     * What one generation produced.
     *
     * @param files relative path → content, sorted by path
     * @param operations how many operations of the schema were selected, each a method of the client
     */
    record Result(SortedMap<String, String> files, long operations) {}

    /**
     * Parses the schema and generates the sources.
     *
     * @throws MojoFailureException listing every problem of the schema, or what the generator rejected
     */
    static Result run(SchemaInput input, StampInputs options, LoadOptions.SupplementSelection supplements)
            throws MojoFailureException {
        ApiModel model;
        try {
            model = SchemaLoader.fromBytes(
                    input.bytes(), input.displayName(), LoadOptions.defaults().withSupplements(supplements));
        } catch (SchemaException e) {
            String what = e.source().equals(input.displayName()) ? "schema" : "supplement";
            throw new MojoFailureException("pvecodegen: invalid " + what + " " + e.getMessage(), e);
        }
        GeneratedSources sources;
        GeneratorOptions generatorOptions;
        try {
            generatorOptions = new GeneratorOptions(options.packageName(), options.includes(), options.excludes());
            sources = CodeGenerator.generate(model, generatorOptions);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(
                    "pvecodegen: cannot generate from " + input.displayName() + ": " + e.getMessage(), e);
        }
        SortedMap<String, String> files = new TreeMap<>();
        for (GeneratedFile file : sources.files()) {
            files.put(file.relativePath(), file.content());
        }
        return new Result(files, CodeGenerator.operationCount(model, generatorOptions));
    }
}
