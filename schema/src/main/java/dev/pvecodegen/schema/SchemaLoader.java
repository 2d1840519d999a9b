package dev.pvecodegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.build.ModelBuilder;
import dev.pvecodegen.schema.infer.Inference;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.Enrichment;
import dev.pvecodegen.schema.model.NameSection;
import dev.pvecodegen.schema.model.SchemaSource;
import dev.pvecodegen.schema.read.MetaSchemaValidator;
import dev.pvecodegen.schema.read.SchemaFetcher;
import dev.pvecodegen.schema.read.SchemaReader;
import dev.pvecodegen.schema.supplement.Supplement;
import dev.pvecodegen.schema.supplement.SupplementApplier;
import dev.pvecodegen.schema.supplement.Supplements;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The schema pipeline in one call: fetch the bytes, check the checksum, extract the JSON (from {@code .js} if
 * needed), validate it against the apidoc meta-schema, and build the intermediate model. Every failure is a
 * {@link SchemaException} listing all problems found; a partial model is never returned.
 */
public final class SchemaLoader {

    private SchemaLoader() {}

    public static ApiModel load(SchemaRef ref, LoadOptions options) throws SchemaException {
        String displayName = ref.toString();
        byte[] bytes;
        Optional<String> expected = options.expectedSha256();
        if (ref.kind() == SchemaRef.Kind.PINNED) {
            PinnedSchema pinned = PinnedSchemas.find(ref.location())
                    .orElseThrow(() -> new SchemaException(
                            displayName, SchemaProblem.global("unknown pinned schema '" + ref.location() + "'")));
            Path file = PinnedSchemas.locate(pinned)
                    .orElseThrow(() ->
                            new SchemaException(displayName, SchemaProblem.global(PinnedSchemas.notFound(pinned))));
            bytes = SchemaFetcher.readFile(file, displayName);
            verifyChecksum(bytes, pinned.sha256(), displayName);
        } else {
            bytes = SchemaFetcher.fetch(ref, options);
        }
        if (expected.isPresent()) {
            verifyChecksum(bytes, expected.get(), displayName);
        }
        return fromBytes(bytes, displayName, options);
    }

    public static ApiModel load(Path file) throws SchemaException {
        return load(SchemaRef.file(file), LoadOptions.defaults());
    }

    /**
     * Builds the model from the bytes of an {@code apidoc.js} or JSON file. Meta-schema validation and model
     * building read the same immutable tree, so they run side by side (the CLI's wall time is what users feel);
     * the model is only returned when validation passed.
     */
    public static ApiModel fromBytes(byte[] bytes, String displayName) throws SchemaException {
        return fromBytes(bytes, displayName, LoadOptions.defaults());
    }

    /**
     * Builds the model of an {@code apidoc.js} or JSON file, refined by the supplements and inference rules the
     * options select: the supplement files are read and validated first, then applied to the tree, the model is
     * built from the supplemented tree and the inference rules refine it.
     */
    public static ApiModel fromBytes(byte[] bytes, String displayName, LoadOptions options) throws SchemaException {
        JsonNode tree = SchemaReader.read(bytes, displayName);
        SchemaSource source = new SchemaSource(displayName, sha256(bytes));
        List<Supplement> files = new ArrayList<>();
        for (Path file : options.supplements().files()) {
            files.add(Supplements.read(file));
        }
        Optional<String> version = PinnedSchemas.bySha256(source.sha256()).map(PinnedSchema::version);
        FutureTask<ApiModel> building = new FutureTask<>(() -> build(tree, source, version, files, options));
        Thread builder = new Thread(building, "pvecodegen-model-builder");
        builder.setDaemon(true);
        builder.start();
        try {
            MetaSchemaValidator.validate(tree, displayName);
        } catch (SchemaException | RuntimeException e) {
            building.cancel(true);
            throw e;
        }
        try {
            return building.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SchemaException schemaException) {
                throw schemaException;
            }
            if (cause instanceof Error error) {
                throw error; // out of memory and the like: the machine's problem, not the schema's
            }
            // A defect of ours, not of the input; still reported as one clear problem rather than a stack trace.
            throw new SchemaException(
                    displayName, SchemaProblem.global("internal error while building the model: " + cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaException(displayName, SchemaProblem.global("interrupted while building the model"));
        }
    }

    /** Supplements, model, inference: what runs beside the meta-schema validation of the input tree. */
    private static ApiModel build(
            JsonNode tree, SchemaSource source, Optional<String> version, List<Supplement> files, LoadOptions options)
            throws SchemaException {
        if (!tree.isArray()) {
            return ModelBuilder.build(tree, source); // reports the problem
        }
        Dialect dialect = ModelBuilder.dialectOf(tree);
        List<Supplement> supplements = new ArrayList<>();
        if (options.supplements().shipped()) {
            Supplements.shipped(dialect).ifPresent(supplements::add);
        }
        supplements.addAll(files);
        SupplementApplier.Result supplemented = SupplementApplier.apply(tree, dialect, version, supplements);
        ApiModel model = ModelBuilder.build(supplemented.tree(), source, supplemented.provenance());
        List<NameSection> names = new ArrayList<>();
        for (int i = 0; i < supplements.size(); i++) {
            Supplement supplement = supplements.get(i);
            boolean shipped = i < supplements.size() - files.size();
            names.add(new NameSection(supplement.fileName(), shipped, supplement.names()));
        }
        model = model.withRoots(
                model.roots(),
                new Enrichment(
                        supplements.stream().map(Supplement::fileName).toList(),
                        supplemented.outcomes(),
                        Map.of(),
                        names));
        return options.inference()
                ? Inference.apply(model, supplemented.provenance().declared())
                : model;
    }

    /** Lower-case hex SHA-256. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void verifyChecksum(byte[] bytes, String expected, String displayName) throws SchemaException {
        String actual = sha256(bytes);
        if (!actual.equals(expected.strip().toLowerCase(Locale.ROOT))) {
            throw new SchemaException(
                    displayName,
                    SchemaProblem.global("SHA-256 mismatch: expected "
                            + expected.strip().toLowerCase(Locale.ROOT) + ", got " + actual));
        }
    }
}
