package dev.pvecodegen.schema.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.PinnedSchema;
import dev.pvecodegen.schema.PinnedSchemas;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.IndexRange;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import dev.pvecodegen.schema.read.SchemaReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Unit tests of the small normalisation helpers. */
class BuildHelpersTest {

    private static JsonNode json(String text) throws Exception {
        return SchemaReader.mapper().readTree(text);
    }

    @Test
    void lenientFlags() throws Exception {
        for (String truthy : List.of("1", "\"1\"", "true", "\"true\"")) {
            assertThat(Lenient.isTrue(json(truthy))).as(truthy).isTrue();
        }
        for (String falsy : List.of("0", "\"0\"", "false", "null", "\"yes\"", "{}")) {
            assertThat(Lenient.isTrue(json(falsy))).as(falsy).isFalse();
        }
        assertThat(Lenient.isTrue(null)).isFalse();
    }

    @Test
    void lenientNumbers() throws Exception {
        assertThat(Lenient.decimal(json("\"0\""))).contains(BigDecimal.ZERO);
        assertThat(Lenient.decimal(json("0.1"))).contains(new BigDecimal("0.1"));
        assertThat(Lenient.decimal(json("\"16777216\""))).contains(new BigDecimal("16777216"));
        assertThat(Lenient.decimal(json("\"same as user\""))).isEmpty();
        assertThat(Lenient.length(json("-1"))).isEmpty();
        assertThat(Lenient.length(json("32"))).contains(32);
    }

    @Test
    void canonicalJsonIgnoresKeyOrder() throws Exception {
        assertThat(CanonicalJson.of(json("{\"b\": 1, \"a\": {\"d\": [1, \"x\"], \"c\": null}}")))
                .isEqualTo(CanonicalJson.of(json("{\"a\": {\"c\": null, \"d\": [1, \"x\"]}, \"b\": 1}")))
                .isEqualTo("{\"a\":{\"c\":null,\"d\":[1,\"x\"]},\"b\":1}");
    }

    @Test
    void canonicalJsonEscapesQuotesBackslashesAndControlCharacters() throws Exception {
        assertThat(CanonicalJson.of(json("{\"k\": \"plain\", \"e\": \"a\\\"b\\\\c\\u0001d\"}")))
                .isEqualTo("{\"e\":\"a\\\"b\\\\c\\u0001d\",\"k\":\"plain\"}");
    }

    @Test
    void compactJsonIsTheTextOfToString() throws Exception {
        JsonNode document = json("""
                {"check": ["and", ["perm", "/vms/{vmid}", ["VM.Audit"]], ["userid-param", "self"]],
                 "numbers": [1, -7, 12345678901, 123456789012345678901234567890, 0.5, 1e-7, 1.5E300, -0.0],
                 "text": "a \\"quoted\\" \\\\ \\n\\t\\b\\f\\r\\u0001\\u001f \\u00e9 \\u2028 / \\ud83d\\ude00",
                 "flags": [true, false, null], "nested": {"a": [[], {}, [{"b": {}}]]}}
                """);
        assertCompactEverywhere(document);
    }

    @Test
    void compactJsonIsTheTextOfToStringThroughoutThePinnedSchemas() throws Exception {
        for (PinnedSchema pinned : PinnedSchemas.all()) {
            assertCompactEverywhere(
                    SchemaReader.read(Files.readAllBytes(PinnedSchemas.resolve(pinned)), pinned.name()));
        }
    }

    private static void assertCompactEverywhere(JsonNode node) {
        assertThat(CanonicalJson.compact(node)).isEqualTo(node.toString());
        node.forEach(BuildHelpersTest::assertCompactEverywhere);
    }

    @Test
    void formatIdsAreStableAndClashesNumbered() {
        PropertyStringDeduplicator dedup = new PropertyStringDeduplicator();
        PropertyStringFormat first = dedup.intern("a", "qemu-net", PropertyStringDeduplicatorFixtures::format);
        PropertyStringFormat same = dedup.intern("a", "lxc-other", PropertyStringDeduplicatorFixtures::format);
        PropertyStringFormat second = dedup.intern("b", "qemu-net", PropertyStringDeduplicatorFixtures::format);
        PropertyStringFormat third = dedup.intern("c", "qemu net", PropertyStringDeduplicatorFixtures::format);
        assertThat(same).isSameAs(first);
        assertThat(List.of(first.id(), second.id(), third.id()))
                .containsExactly("qemu-net", "qemu-net-2", "qemu-net-3");
        assertThat(dedup.formats()).containsOnlyKeys("qemu-net", "qemu-net-2", "qemu-net-3");
        assertThat(PropertyStringDeduplicator.normalise("Sync--Defaults_Options!"))
                .isEqualTo("sync-defaults-options");
        assertThat(PropertyStringDeduplicator.normalise("[]")).isEqualTo("format");
    }

    @Test
    void indexedFamilyTable() {
        assertThat(IndexedFamilies.parse("net[n]")).hasValueSatisfying(f -> {
            assertThat(f.baseName()).isEqualTo("net");
            assertThat(f.range()).isEqualTo(new IndexRange(0, 31, true));
        });
        assertThat(IndexedFamilies.parse("mystery[n]").orElseThrow().range()).isEqualTo(new IndexRange(0, 255, false));
        assertThat(IndexedFamilies.parse("net0")).isEmpty();
        assertThat(IndexedFamilies.parse("net[n]x")).isEmpty();
        assertThat(IndexedFamilies.table()).hasSize(17);
    }

    @Test
    void taskHeuristic() throws Exception {
        JsonNode undescribed = json("{\"type\": \"string\"}");
        JsonNode described = json("{\"type\": \"string\", \"description\": \"the task ID.\"}");
        JsonNode volume = json("{\"type\": \"string\", \"description\": \"Volume identifier\"}");
        assertThat(TaskDetector.isTask(Dialect.PVE, HttpMethod.POST, "/x", undescribed))
                .isTrue();
        assertThat(TaskDetector.isTask(Dialect.PVE, HttpMethod.GET, "/x", undescribed))
                .isFalse();
        assertThat(TaskDetector.isTask(Dialect.PVE, HttpMethod.GET, "/x", described))
                .isTrue();
        assertThat(TaskDetector.isTask(Dialect.PVE, HttpMethod.POST, "/x", volume))
                .isFalse();
        assertThat(TaskDetector.isTask(Dialect.PVE, HttpMethod.POST, "/cluster/sdn/lock", undescribed))
                .isFalse();
        assertThat(TaskDetector.isTask(Dialect.PBS, HttpMethod.POST, "/x", undescribed))
                .isFalse();
        assertThat(TaskDetector.isTask(Dialect.PVE, HttpMethod.POST, "/x", json("{\"type\": \"null\"}")))
                .isFalse();
    }

    /** Builds a bare format for a given id. */
    private static final class PropertyStringDeduplicatorFixtures {
        static PropertyStringFormat format(String id) {
            return new PropertyStringFormat(
                    id, Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), "/" + id);
        }
    }
}
