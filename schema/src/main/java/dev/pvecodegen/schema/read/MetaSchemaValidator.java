package dev.pvecodegen.schema.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
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
 */
public final class MetaSchemaValidator {

    /** Class-path location of the meta-schema. */
    public static final String RESOURCE = "dev/pvecodegen/schema/apidoc.schema.json";
    /** Enough to see what is wrong; a wholly wrong file would otherwise produce millions. */
    static final int MAX_PROBLEMS = 200;

    private MetaSchemaValidator() {}

    /** The compiled meta-schema, built once per class loader. */
    private static final class Holder {
        static final Schema SCHEMA = load();

        private static Schema load() {
            try (InputStream in = MetaSchemaValidator.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("meta-schema resource missing: " + RESOURCE);
                }
                JsonNode node = SchemaReader.mapper().readTree(in);
                SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                        .pathType(PathType.JSON_POINTER)
                        .build();
                SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                        SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
                return registry.getSchema(SchemaLocation.of(node.path("$id").asText()), node);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the meta-schema " + RESOURCE, e);
            }
        }
    }

    /** The meta-schema document itself (for tools that want to publish or inspect it). */
    public static JsonNode metaSchema() {
        return Holder.SCHEMA.getSchemaNode();
    }

    public static void validate(JsonNode tree, String displayName) throws SchemaException {
        List<Error> errors = Holder.SCHEMA.validate(tree);
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
