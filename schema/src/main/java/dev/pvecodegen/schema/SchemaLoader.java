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
 * needed), validate it against the apidoc meta-schema (unless it is a pinned schema, byte for byte), and build the
 * intermediate model. Every failure is a
 * {@link SchemaException} listing all problems found; a partial model is never returned.
 */
public final class SchemaLoader {

    private SchemaLoader() {}

    public static ApiModel load(SchemaRef ref, LoadOptions options) throws SchemaException {
        Read read = read(ref, options);
        return fromBytes(read.bytes(), ref.toString(), options, read.expectedSha256());
    }

    /**
     * The bytes of a schema as {@link #load(SchemaRef, LoadOptions)} reads them: a pinned schema found and its
     * checksum verified, a file read, a URL fetched (unless offline), the expected SHA-256 checked. For callers that
     * need the apidoc tree beside the model ({@code SchemaReader.read(bytes, …)}) without fetching twice.
     */
    public static byte[] bytes(SchemaRef ref, LoadOptions options) throws SchemaException {
        Read read = read(ref, options);
        verifyChecksums(sha256(read.bytes()), read.expectedSha256(), ref.toString());
        return read.bytes();
    }

    /**
     * A schema's bytes with the checksums they must have (the pinned one, the one the options expect), not yet
     * verified: hashing runs beside parsing. A class, not a record: a record's equals would compare the array by
     * identity.
     */
    private static final class Read {
        private final byte[] bytes;
        private final List<String> expectedSha256;

        Read(byte[] bytes, List<String> expectedSha256) {
            this.bytes = bytes;
            this.expectedSha256 = expectedSha256;
        }

        byte[] bytes() {
            return bytes;
        }

        List<String> expectedSha256() {
            return expectedSha256;
        }
    }

    private static Read read(SchemaRef ref, LoadOptions options) throws SchemaException {
        String displayName = ref.toString();
        byte[] bytes;
        Optional<String> pinnedSha256 = Optional.empty();
        if (ref.kind() == SchemaRef.Kind.PINNED) {
            PinnedSchema pinned = PinnedSchemas.find(ref.location())
                    .orElseThrow(() -> new SchemaException(
                            displayName, SchemaProblem.global("unknown pinned schema '" + ref.location() + "'")));
            Path file = PinnedSchemas.locate(pinned)
                    .orElseThrow(() ->
                            new SchemaException(displayName, SchemaProblem.global(PinnedSchemas.notFound(pinned))));
            bytes = SchemaFetcher.readFile(file, displayName);
            pinnedSha256 = Optional.of(pinned.sha256());
        } else {
            bytes = SchemaFetcher.fetch(ref, options);
        }
        List<String> expected = new ArrayList<>();
        pinnedSha256.ifPresent(expected::add);
        options.expectedSha256().ifPresent(expected::add);
        return new Read(bytes, expected);
    }

    public static ApiModel load(Path file) throws SchemaException {
        return load(SchemaRef.file(file), LoadOptions.defaults());
    }

    /**
     * Builds the model from the bytes of an {@code apidoc.js} or JSON file. The meta-schema pass is skipped for the
     * bytes of a pinned schema (see {@link #needsMetaSchemaPass(String)}); otherwise validation and model building
     * read the same immutable tree, so they run side by side (the CLI's wall time is what users feel), and the model
     * is only returned when validation passed.
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
        return fromBytes(bytes, displayName, options, List.of());
    }

    /**
     * The tree is parsed while another thread hashes the bytes (the digest is needed only after parsing: for the
     * checksums, the source and the meta-schema decision) and, for a pinned schema, reads the shipped supplement of
     * its product: on a machine with a second core neither waits for the other. The checksums are verified before
     * anything else is reported, so a wrong file is named as such rather than by its parse errors.
     */
    private static ApiModel fromBytes(
            byte[] bytes, String displayName, LoadOptions options, List<String> expectedSha256) throws SchemaException {
        FutureTask<String> hashing = new FutureTask<>(() -> {
            String sha256 = sha256(bytes);
            if (options.supplements().shipped()) {
                // Only a head start: the dialect the tree declares decides which supplement applies.
                pinnedDialect(sha256).ifPresent(Supplements::shipped);
            }
            return sha256;
        });
        start(hashing, "pvecodegen-schema-hasher");
        JsonNode tree;
        try {
            tree = SchemaReader.read(bytes, displayName);
        } catch (SchemaException e) {
            verifyChecksums(await(hashing, displayName, "hashing the schema"), expectedSha256, displayName);
            throw e;
        }
        String sha256 = await(hashing, displayName, "hashing the schema");
        verifyChecksums(sha256, expectedSha256, displayName);
        SchemaSource source = new SchemaSource(displayName, sha256);
        List<Supplement> files = new ArrayList<>();
        for (Path file : options.supplements().files()) {
            files.add(Supplements.read(file));
        }
        Optional<String> version = PinnedSchemas.bySha256(source.sha256()).map(PinnedSchema::version);
        if (!needsMetaSchemaPass(source.sha256())) {
            return build(tree, source, version, files, options);
        }
        FutureTask<ApiModel> building = new FutureTask<>(() -> build(tree, source, version, files, options));
        start(building, "pvecodegen-model-builder");
        try {
            MetaSchemaValidator.validate(tree, displayName);
        } catch (SchemaException | RuntimeException e) {
            building.cancel(true);
            throw e;
        }
        return await(building, displayName, "building the model");
    }

    /** Runs a task on a daemon thread of its own: a run that fails on the main thread does not wait for it. */
    private static void start(FutureTask<?> task, String threadName) {
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** The result of a task started beside the main thread, its failure reported like the main thread's. */
    private static <T> T await(FutureTask<T> task, String displayName, String what) throws SchemaException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SchemaException schemaException) {
                throw schemaException;
            }
            if (cause instanceof Error error) {
                throw error; // out of memory and the like: the machine's problem, not the schema's
            }
            // A defect of ours, not of the input; still reported as one clear problem rather than a stack trace.
            throw new SchemaException(displayName, SchemaProblem.global("internal error while " + what + ": " + cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaException(displayName, SchemaProblem.global("interrupted while " + what));
        }
    }

    /**
     * The dialect of a pinned schema ({@code pve-9.2}: PVE), known from the checksum of its bytes before their tree
     * is read; empty for any other input.
     */
    private static Optional<Dialect> pinnedDialect(String sha256) {
        Optional<PinnedSchema> pinned = PinnedSchemas.bySha256(sha256);
        if (pinned.isPresent()) {
            for (Dialect dialect : Dialect.values()) {
                if (pinned.get().name().startsWith(SupplementApplier.product(dialect) + "-")) {
                    return Optional.of(dialect);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether bytes with this SHA-256 need the full meta-schema pass: every input does except the files of the
     * pinned catalogue, byte for byte. Those passed the meta-schema when they were pinned, and pass it again in this
     * project's tests ({@code PinnedSchemasTest}); the pass costs more than reading and building the model together
     * (the validator and its Jackson 3 are loaded for it alone), and its answer for the same bytes cannot change.
     * A pinned schema loaded from elsewhere (a path, a URL) is recognised by its checksum too; a single changed byte
     * makes it an ordinary input again.
     */
    public static boolean needsMetaSchemaPass(String sha256) {
        return PinnedSchemas.bySha256(sha256).isEmpty();
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

    private static void verifyChecksums(String actual, List<String> expected, String displayName)
            throws SchemaException {
        for (String sha256 : expected) {
            verifyChecksum(actual, sha256, displayName);
        }
    }

    private static void verifyChecksum(String actual, String expected, String displayName) throws SchemaException {
        if (!actual.equals(expected.strip().toLowerCase(Locale.ROOT))) {
            throw new SchemaException(
                    displayName,
                    SchemaProblem.global("SHA-256 mismatch: expected "
                            + expected.strip().toLowerCase(Locale.ROOT) + ", got " + actual));
        }
    }
}
