package dev.pvecodegen.schema.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.PinnedSchema;
import dev.pvecodegen.schema.PinnedSchemas;
import dev.pvecodegen.schema.supplement.Supplements;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trees {@link SchemaReader} builds without a mapper are those {@code ObjectMapper.readTree} builds. */
class TreeReaderTest {

    private static final String EVERY_KIND = """
            {"int": 1, "negative": -7, "long": 12345678901, "big": 123456789012345678901234567890,
             "double": 0.5, "exponent": 1e-7, "large": 1.5E300, "zero": -0.0,
             "text": "a \\"quoted\\" \\\\ \\n\\t\\u0001 \\u00e9 \\u2028 \\ud83d\\ude00", "empty": "",
             "flags": [true, false, null], "nested": {"a": [[], {}, [{"b": {}}]]}}
            """;

    @Test
    void everyKindOfValueReadsAsTheMapperReadsIt() throws Exception {
        byte[] bytes = EVERY_KIND.getBytes(StandardCharsets.UTF_8);
        assertSameTree(SchemaReader.readJson(bytes, "x"), SchemaReader.mapper().readTree(bytes));
    }

    @Test
    void scalarDocumentsReadAsTheMapperReadsThem() throws Exception {
        for (String document : new String[] {"null", "7", "\"x\"", "[]", "2.5"}) {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            assertSameTree(
                    SchemaReader.readJson(bytes, "x"), SchemaReader.mapper().readTree(bytes));
        }
    }

    @Test
    void pinnedSchemasAndTheShippedSupplementReadAsTheMapperReadsThem() throws Exception {
        for (PinnedSchema pinned : PinnedSchemas.all()) {
            byte[] bytes = Files.readAllBytes(PinnedSchemas.resolve(pinned));
            assertSameTree(
                    SchemaReader.read(bytes, pinned.name()),
                    SchemaReader.mapper().readTree(bytes));
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Supplements.SHIPPED_PVE)) {
            byte[] bytes = in.readAllBytes();
            assertSameTree(
                    SchemaReader.readJson(bytes, "shipped"),
                    SchemaReader.mapper().readTree(bytes));
        }
    }

    /** Equal, and node for node of the same class (equals alone lets an int node equal a long one in places). */
    private static void assertSameTree(JsonNode actual, JsonNode expected) {
        assertThat(actual).isEqualTo(expected);
        assertSameClasses(actual, expected, "");
    }

    private static void assertSameClasses(JsonNode actual, JsonNode expected, String pointer) {
        assertThat(actual.getClass()).as(pointer).isEqualTo(expected.getClass());
        if (expected.isObject()) {
            assertThat(actual.size()).as(pointer).isEqualTo(expected.size());
            Iterator<String> names = actual.fieldNames();
            for (Map.Entry<String, JsonNode> member : expected.properties()) {
                assertThat(names.next()).as(pointer).isEqualTo(member.getKey()); // the same member order
                assertSameClasses(actual.get(member.getKey()), member.getValue(), pointer + "/" + member.getKey());
            }
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                assertSameClasses(actual.get(i), expected.get(i), pointer + "/" + i);
            }
        }
    }
}
