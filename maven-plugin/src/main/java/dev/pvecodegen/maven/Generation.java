package dev.pvecodegen.maven;

import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.model.ApiModel;
import java.util.List;
import java.util.SortedMap;
import org.apache.maven.plugin.MojoFailureException;

/** The one place the plugin calls the schema loader and the generator. */
final class Generation {

    private Generation() {
    }

    /** Identifies the loader and generator code, for the up-to-date stamp. */
    static String fingerprint() {
        return GeneratorFingerprint.of(List.of(Generation.class, SchemaLoader.class));
    }

    /**
     * Parses the schema and generates the sources.
     *
     * @return relative path → content, sorted by path
     * @throws MojoFailureException listing every problem of the schema, or what the generator rejected
     */
    static SortedMap<String, String> run(SchemaInput input, StampInputs options) throws MojoFailureException {
        ApiModel model;
        try {
            model = SchemaLoader.fromBytes(input.bytes(), input.displayName());
        } catch (SchemaException e) {
            throw new MojoFailureException("pvecodegen: invalid schema " + e.getMessage(), e);
        }
        return emit(model, options);
    }

    /**
     * TEMPORARY until the emitter branch's {@code CodeGenerator} facade is merged (CONTRACTS.md §4): then this
     * becomes {@code CodeGenerator.generate(model, new GeneratorOptions(...))}.
     */
    private static SortedMap<String, String> emit(ApiModel model, StampInputs options) {
        throw new UnsupportedOperationException("the generator facade is not merged into the plugin branch yet");
    }
}
