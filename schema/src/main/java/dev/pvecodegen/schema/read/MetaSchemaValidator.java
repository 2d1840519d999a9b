package dev.pvecodegen.schema.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaProblem;

/** Validates an apidoc tree against the apidoc meta-schema before the model is built. */
public final class MetaSchemaValidator {

    private MetaSchemaValidator() {
    }

    public static void validate(JsonNode tree, String displayName) throws SchemaException {
        if (!tree.isArray()) {
            throw new SchemaException(displayName, SchemaProblem.global(
                    "the schema must be a JSON array of root nodes, not " + tree.getNodeType()));
        }
    }
}
