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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates an apidoc tree against the apidoc meta-schema ({@value #RESOURCE}, JSON Schema 2020-12, both
 * dialects) with networknt json-schema-validator, before the model is built. Every violation becomes a
 * {@link SchemaProblem} with its JSON pointer and, where the pointer allows, the API path, method and parameter.
 *
 * <p>The validator (3.x) works on Jackson 3 trees, the project on Jackson 2: trees cross as JSON text, so that no
 * Jackson 3 type leaves this class.
 */
public final class MetaSchemaValidator {

    /** Class-path location of the meta-schema. */
    public static final String RESOURCE = "dev/pvecodegen/schema/apidoc.schema.json";
    /** Enough to see what is wrong; a wholly wrong file would otherwise produce millions. */
    static final int MAX_PROBLEMS = 200;

    private MetaSchemaValidator() {}

    /** The meta-schema, read and compiled once per class loader. */
    private static final class Holder {
        static final JsonNode DOCUMENT = read();
        static final Schema SCHEMA = compile(DOCUMENT);

        private static JsonNode read() {
            try (InputStream in = MetaSchemaValidator.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("meta-schema resource missing: " + RESOURCE);
                }
                return SchemaReader.mapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the meta-schema " + RESOURCE, e);
            }
        }

        private static Schema compile(JsonNode document) {
            SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .build();
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
            return registry.getSchema(
                    SchemaLocation.of(document.path("$id").asText()), document.toString(), InputFormat.JSON);
        }
    }

    /** The meta-schema document itself (for tools that want to publish or inspect it). */
    public static JsonNode metaSchema() {
        return Holder.DOCUMENT.deepCopy();
    }

    public static void validate(JsonNode tree, String displayName) throws SchemaException {
        List<Error> errors = Holder.SCHEMA.validate(tree.toString(), InputFormat.JSON);
        if (errors.isEmpty()) {
            return;
        }
        Set<SchemaProblem> problems = new LinkedHashSet<>();
        for (Error error : errors) {
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(SchemaProblem.global(
                        "… " + (errors.size() - MAX_PROBLEMS) + " further meta-schema violations not listed"));
                break;
            }
            String pointer = error.getInstanceLocation().toString();
            problems.add(ProblemLocator.locate(tree, pointer, describe(error)));
        }
        throw new SchemaException(displayName, new ArrayList<>(problems));
    }

    /** The validator's message without its own location prefix (the pointer is reported separately). */
    private static String describe(Error error) {
        String message = error.getMessage();
        String location = error.getInstanceLocation().toString();
        if (message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        }
        return "does not match the apidoc meta-schema (" + error.getKeyword() + "): " + message;
    }
}
