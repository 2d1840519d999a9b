package dev.pvecodegen.schema.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates input documents against the project's meta-schemas (JSON Schema 2020-12) with networknt
 * json-schema-validator: the apidoc meta-schema ({@value #RESOURCE}, both dialects), and the supplement meta-schema,
 * which reuses the apidoc's schema definitions by {@code $ref}. This is the one class that touches the networknt
 * API. Every violation of an apidoc becomes a {@link SchemaProblem} with its JSON pointer and, where the pointer
 * allows, the API path, method and parameter.
 *
 * <p>The validator (3.x) works on Jackson 3 trees, the project on Jackson 2: documents cross as JSON text, so that
 * no Jackson 3 type leaves this class.
 */
public final class MetaSchemaValidator {

    /** Class-path location of the apidoc meta-schema. */
    public static final String RESOURCE = "dev/pvecodegen/schema/apidoc.schema.json";
    /** Enough to see what is wrong; a wholly wrong file would otherwise produce millions. */
    static final int MAX_PROBLEMS = 200;

    /** The documents the project validates, each with its meta-schema resource. */
    public enum MetaSchema {
        /** An apidoc schema ({@code apidoc.js} / JSON) of either dialect. */
        APIDOC(RESOURCE),
        /** A supplement file ({@code pvecodegen-supplement/1}); see {@code docs/supplement.md}. */
        SUPPLEMENT("dev/pvecodegen/schema/supplement/supplement.schema.json");

        private final String resource;

        MetaSchema(String resource) {
            this.resource = resource;
        }

        public String resource() {
            return resource;
        }
    }

    /**
     * One violation: where it is and what is wrong.
     *
     * @param pointer JSON pointer into the validated document
     * @param message the validator's message without its location prefix, naming the keyword
     */
    public record Violation(String pointer, String message) {}

    private MetaSchemaValidator() {}

    /**
     * The meta-schema documents and their compiled form, built once per class loader in one registry, so that a
     * {@code $ref} from one to another (by {@code $id}) resolves to the class-path copy and never to the network.
     */
    private static final class Holder {
        static final Map<MetaSchema, JsonNode> DOCUMENTS = new EnumMap<>(MetaSchema.class);
        static final Map<MetaSchema, Schema> SCHEMAS = load();

        private static Map<MetaSchema, Schema> load() {
            Map<String, String> byId = new LinkedHashMap<>();
            Map<MetaSchema, String> ids = new EnumMap<>(MetaSchema.class);
            for (MetaSchema meta : MetaSchema.values()) {
                String text = read(meta.resource());
                try {
                    JsonNode document = SchemaReader.mapper().readTree(text);
                    String id = document.path("$id").asText();
                    DOCUMENTS.put(meta, document);
                    byId.put(id, text);
                    ids.put(meta, id);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the meta-schema " + meta.resource(), e);
                }
            }
            SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .build();
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(config).schemas(byId));
            Map<MetaSchema, Schema> schemas = new EnumMap<>(MetaSchema.class);
            ids.forEach((meta, id) -> schemas.put(meta, registry.getSchema(SchemaLocation.of(id))));
            return schemas;
        }

        private static String read(String resource) {
            try (InputStream in = MetaSchemaValidator.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("meta-schema resource missing: " + resource);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the meta-schema " + resource, e);
            }
        }
    }

    /** The apidoc meta-schema document itself (for tools that want to publish or inspect it). */
    public static JsonNode metaSchema() {
        return metaSchema(MetaSchema.APIDOC);
    }

    /** The document of one meta-schema (a copy). */
    public static JsonNode metaSchema(MetaSchema which) {
        return Holder.DOCUMENTS.get(which).deepCopy();
    }

    /** Validates an apidoc tree; every violation (at most {@value #MAX_PROBLEMS}) is located in the API. */
    public static void validate(JsonNode tree, String displayName) throws SchemaException {
        List<Violation> violations = violations(tree, MetaSchema.APIDOC);
        if (violations.isEmpty()) {
            return;
        }
        Set<SchemaProblem> problems = new LinkedHashSet<>();
        for (Violation violation : violations) {
            problems.add(
                    violation.pointer().isEmpty() && violation.message().startsWith("…")
                            ? SchemaProblem.global(violation.message())
                            : ProblemLocator.locate(
                                    tree,
                                    violation.pointer(),
                                    "does not match the apidoc meta-schema " + violation.message()));
        }
        throw new SchemaException(displayName, new ArrayList<>(problems));
    }

    /**
     * The violations of {@code tree} against a meta-schema, in the validator's order; at most
     * {@value #MAX_PROBLEMS}, followed by one pointer-less line counting the rest.
     */
    public static List<Violation> violations(JsonNode tree, MetaSchema which) {
        List<Error> errors = Holder.SCHEMAS.get(which).validate(tree.toString(), InputFormat.JSON);
        List<Violation> out = new ArrayList<>();
        for (Error error : errors) {
            if (out.size() >= MAX_PROBLEMS) {
                out.add(new Violation(
                        "", "… " + (errors.size() - MAX_PROBLEMS) + " further meta-schema violations not listed"));
                break;
            }
            out.add(new Violation(error.getInstanceLocation().toString(), describe(error)));
        }
        return out;
    }

    /** The validator's message without its own location prefix (the pointer is reported separately). */
    private static String describe(Error error) {
        String message = error.getMessage();
        String location = error.getInstanceLocation().toString();
        if (message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        }
        return "(" + error.getKeyword() + "): " + message;
    }
}
