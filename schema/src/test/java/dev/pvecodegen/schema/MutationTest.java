package dev.pvecodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.read.SchemaReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replaces one value of a fixture at a time by a value of another JSON type (fixed seeds, so the run is
 * reproducible): whatever the damage, loading ends in a model or a {@link SchemaException}, never in another
 * exception.
 */
class MutationTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> REPLACEMENTS = List.of(
            NODES.nullNode(),
            NODES.numberNode(7),
            NODES.numberNode(-1.5),
            NODES.textNode("x"),
            NODES.textNode(""),
            NODES.booleanNode(true),
            NODES.arrayNode(),
            NODES.objectNode(),
            NODES.arrayNode().add(NODES.objectNode()),
            NODES.objectNode().put("type", "string"));

    @ParameterizedTest
    @ValueSource(strings = {"pve-mini.json", "pbs-mini.json"})
    void everyMutationEndsInAModelOrASchemaException(String fixture) throws Exception {
        JsonNode original = SchemaReader.mapper().readTree(Fixtures.bytes(fixture));
        List<String> pointers = new ArrayList<>();
        collect(original, "", pointers);
        Random random = new Random(42);
        int rejected = 0;
        for (String pointer : pointers) {
            JsonNode copy = original.deepCopy();
            replace(copy, pointer, REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())));
            byte[] bytes = copy.toString().getBytes(StandardCharsets.UTF_8);
            try {
                assertThat(SchemaLoader.fromBytes(bytes, fixture).operations()).isNotNull();
            } catch (SchemaException e) {
                rejected++;
                assertThat(e.problems()).isNotEmpty();
                assertThat(e.getMessage()).doesNotContain("internal error");
            }
        }
        assertThat(pointers).hasSizeGreaterThan(50);
        assertThat(rejected).isPositive();
    }

    private static void collect(JsonNode node, String pointer, List<String> out) {
        if (!pointer.isEmpty()) {
            out.add(pointer);
        }
        if (node.isObject()) {
            node.fieldNames()
                    .forEachRemaining(name -> collect(
                            node.get(name),
                            pointer + "/" + name.replace("~", "~0").replace("/", "~1"),
                            out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    private static void replace(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
    }
}
