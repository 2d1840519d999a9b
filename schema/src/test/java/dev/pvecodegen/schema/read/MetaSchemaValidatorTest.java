package dev.pvecodegen.schema.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetaSchemaValidatorTest {

    private static List<SchemaProblem> problems(String json) throws Exception {
        JsonNode tree = SchemaReader.mapper().readTree(json);
        try {
            MetaSchemaValidator.validate(tree, "test");
            return List.of();
        } catch (SchemaException e) {
            return e.problems();
        }
    }

    private static String op(String operation) {
        return "[{\"path\": \"/a/{id}\", \"info\": {\"POST\": " + operation + "}}]";
    }

    @Test
    void theMetaSchemaIsAValid2020_12Schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema draft = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(draft.validate(MetaSchemaValidator.metaSchema().toString(), InputFormat.JSON))
                .isEmpty();
        assertThat(MetaSchemaValidator.metaSchema().path("$schema").asText())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void acceptsBothDialects() throws Exception {
        assertThat(problems(op("""
                {"method": "POST", "name": "x", "allowtoken": 0, "protected": 1, "proxyto": null,
                 "parameters": {"additionalProperties": 0, "properties": {
                   "a": {"type": "string", "optional": "1", "format": "pve-node", "default": null},
                   "b": {"type": "integer", "optional": 0, "minimum": "0", "maximum": 4.5, "enum": null},
                   "c[n]": {"type": "string", "format": {"k": {"type": "string", "default_key": 1},
                                                         "v": {"alias": "k", "keyAlias": "m"}}},
                   "d": {"type": "array", "type-property": "t", "oneOf": [{"instance-types": ["x"]}]}}},
                 "returns": {"type": "object", "additionalProperties": {"type": "integer"},
                             "links": [{"rel": "child", "href": "{id}"}]}}
                """))).isEmpty();
        assertThat(problems(op("""
                {"method": "UPLOAD", "unstable": false,
                 "parameters": {"additionalProperties": false, "properties": {
                   "a": {"type": "string", "pattern": "/^a$/", "optional": 1, "default": true,
                         "format": {"type": "object", "default_key": "k", "additionalProperties": false,
                                    "properties": {"k": {"type": "string"}}}},
                   "b": {"type": "string", "format": {"type": "array", "items": {"type": "string"}}}}},
                 "returns": {"type": "null"}}
                """))).isEmpty();
    }

    @Test
    void rejectsWrongShapesWithLocations() throws Exception {
        List<SchemaProblem> found = problems(op("""
                {"method": "PATCH", "allowtoken": "yes",
                 "parameters": {"properties": {"a": {"type": "string", "format": {"type": "string"}},
                                               "b": {"type": "integer", "maxLength": -1, "enum": [{}]}}},
                 "returns": []}
                """));
        assertThat(found)
                .extracting(SchemaProblem::pointer)
                .contains(
                        "/0/info/POST/method",
                        "/0/info/POST/allowtoken",
                        "/0/info/POST/parameters/properties/b/maxLength",
                        "/0/info/POST/returns");
        assertThat(found).anySatisfy(p -> {
            assertThat(p.pointer()).startsWith("/0/info/POST/parameters/properties/a/format");
            assertThat(p.parameter()).contains("a");
            assertThat(p.method()).contains("POST");
            assertThat(p.path()).contains("/a/{id}");
        });
    }

    @Test
    void problemsAreCapped() throws Exception {
        String many = "[" + "{\"path\": 1},".repeat(500) + "{\"path\": 1}]";
        List<SchemaProblem> found = problems(many);
        assertThat(found).hasSize(MetaSchemaValidator.MAX_PROBLEMS + 1);
        assertThat(found.get(found.size() - 1).message()).contains("further meta-schema violations");
    }

    @Test
    void validTreesPass() {
        assertThatCode(() -> MetaSchemaValidator.validate(SchemaReader.mapper().readTree("[{\"path\": \"/\"}]"), "t"))
                .doesNotThrowAnyException();
    }
}
