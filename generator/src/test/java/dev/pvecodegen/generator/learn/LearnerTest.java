package dev.pvecodegen.generator.learn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.generator.coverage.Answer;
import dev.pvecodegen.generator.coverage.CoverageMeter;
import dev.pvecodegen.generator.coverage.CoverageReport;
import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.model.ApiModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Learner} on the {@code basics} fixture: what it proposes for undeclared fields, drifted fields and data on
 * a {@code null} return, the evidence it gives, what it refuses to override, and that its output is a supplement
 * the loader applies and after which the same answers are fully typed.
 */
class LearnerTest {

    @TempDir
    Path dir;

    private static final List<Answer> ANSWERS = List.of(
            Basics.answer("GET", "/nodes", """
                    [{"node": "pve1", "status": "online", "ksm": 0, "profile": "eco"},
                     {"node": "pve2", "status": "online", "ksm": 1, "profile": "eco"}]""", "a.json", "9.2.0"),
            Basics.answer("GET", "/nodes", """
                    [{"node": "pve1", "status": "online", "ksm": 1, "profile": "fast"},
                     {"node": "pve2", "status": "online", "ksm": 0, "profile": "eco"}]""", "b.json", "8.4.1"),
            Basics.answer("GET", "/nodes/pve1/qemu/100/config", """
                    {"digest": "abc", "cores": "many", "vendor": {"id": "acme", "rev": 2}}""", "c.json", "9.2.0"),
            Basics.answer("PUT", "/nodes/pve1/qemu/100/config", "{\"applied\": 3}", "d.json", "9.1.2"),
            Basics.answer("GET", "/no/such/path", "{}", "e.json", null));

    private static LearnResult learn(ApiModel model, List<Answer> answers) {
        return new Learner(model, Basics.tree()).learn(answers);
    }

    private static LearnedEntry entry(LearnResult result, String id) {
        return result.entries().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + result.entries()));
    }

    @Test
    void undeclaredFieldsOfListItemsWithTheirEvidence() {
        LearnResult result = learn(Basics.model(LoadOptions.defaults()), ANSWERS);

        LearnedEntry nodes = entry(result, "get-nodes-items");
        assertThat(nodes.kind()).isEqualTo("properties");
        assertThat(nodes.pointer()).isEqualTo("/items");
        assertThat(nodes.fragment().get("ksm").get("type").asText()).isEqualTo("boolean");
        assertThat(nodes.fragment().get("profile").toString())
                .contains("\"enum\":[\"eco\",\"fast\"]")
                .contains("Learned from 2 recorded answers.");
        assertThat(nodes.evidence())
                .containsExactly(
                        "ksm: boolean, in 2 recorded answers, server versions 8.4.1, 9.2.0",
                        "profile: enum of 2 values, in 2 recorded answers, server versions 8.4.1, 9.2.0");
        assertThat(nodes.versions()).containsExactly("8", "9");
    }

    @Test
    void undeclaredObjectsAndDriftedFieldsOfOneAnswer() {
        LearnResult result = learn(Basics.model(LoadOptions.defaults()), ANSWERS);

        LearnedEntry config = entry(result, "get-nodes-node-qemu-vmid-config");
        assertThat(config.fragment().get("vendor").toString())
                .startsWith(
                        "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"rev\":{\"type\":\"integer\"}}");
        LearnedEntry drift = entry(result, "get-nodes-node-qemu-vmid-config-drift");
        assertThat(drift.reason()).contains("another type than the schema declares: cores");
        assertThat(drift.fragment().get("cores").get("type").asText()).isEqualTo("string");
        assertThat(drift.evidence())
                .containsExactly("cores: string (declared integer), in 1 recorded answer, server versions 9.2.0");
    }

    @Test
    void dataOnAnOperationDeclaredAsReturningNullGetsAWholeSchema() {
        LearnResult result = learn(Basics.model(LoadOptions.defaults()), ANSWERS);

        LearnedEntry put = entry(result, "put-nodes-node-qemu-vmid-config-data");
        assertThat(put.kind()).isEqualTo("schema");
        assertThat(put.pointer()).isEmpty();
        assertThat(put.fragment().get("properties").get("applied").get("type").asText())
                .isEqualTo("integer");
        assertThat(put.versions()).containsExactly("9");
    }

    @Test
    void withoutAnyVersionAnEntryForAnUnpinnedSchemaIsSkippedAndSaysWhy() {
        LearnResult result = learn(
                Basics.model(LoadOptions.defaults()),
                List.of(Basics.answer("GET", "/version", "{\"version\": \"9.2.0\", \"extra\": 1}", "v.json", null)));

        assertThat(result.entries()).isEmpty();
        assertThat(result.skipped())
                .containsExactly("GET /version returns: extra: not learned, no answer records its server version and"
                        + " the schema's version is unknown (entries must name the versions they hold for)");
    }

    @Test
    void aPropertyStringWithUnknownKeysIsNotRetypedAsAPlainString() {
        LearnResult result = learn(
                Basics.model(LoadOptions.defaults()),
                List.of(Basics.answer(
                        "GET",
                        "/nodes/pve1/qemu/100/config",
                        "{\"digest\": \"abc\", \"memory\": \"current=4096,colour=blue\"}",
                        "m.json",
                        "9.2.0")));

        assertThat(result.entries()).isEmpty();
        assertThat(result.skipped())
                .containsExactly("GET /nodes/{node}/qemu/{vmid}/config returns: memory: not learned, a property"
                        + " string with keys its format does not describe; add them with a 'keys' entry");
    }

    @Test
    void unmatchedAnswersAreListed() {
        LearnResult result = learn(Basics.model(LoadOptions.defaults()), ANSWERS);

        assertThat(result.unmatched()).containsExactly("e.json: GET /no/such/path");
        assertThat(result.answers()).isEqualTo(5);
    }

    @Test
    void aFieldAGivenSupplementDeclaresIsAConflictNotAnEntry() throws Exception {
        Path ours = dir.resolve("ours.json");
        Files.writeString(ours, """
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [
                  {"id": "config-vendor", "target": {"method": "GET", "path": "/nodes/{node}/qemu/{vmid}/config",
                   "in": "returns", "pointer": ""},
                   "properties": {"vendor": {"type": "string"}},
                   "reason": "ours", "evidence": ["our notes"], "versions": ["9"]}]}""");
        ApiModel model = Basics.model(LoadOptions.defaults().withSupplement(ours));

        LearnResult result = learn(model, ANSWERS);

        assertThat(result.conflicts())
                .containsExactly("GET /nodes/{node}/qemu/{vmid}/config returns: vendor: declared by supplement"
                        + " ours.json#config-vendor, but 1 recorded answer(s) send values it does not read (object"
                        + " of 2 properties); not overridden");
        assertThat(entry(result, "get-nodes-node-qemu-vmid-config-drift")
                        .fragment()
                        .has("vendor"))
                .isFalse();
    }

    @Test
    void theOutputIsASupplementAfterWhichTheAnswersAreFullyTyped() throws Exception {
        List<Answer> matched = ANSWERS.subList(0, 4);
        CoverageReport before = new CoverageMeter(Basics.model(LoadOptions.defaults())).measure(matched);
        assertThat(before.rawFields()).isPositive();

        byte[] bytes =
                LearnedSupplement.render("pve", "basics.json", learn(Basics.model(LoadOptions.defaults()), matched));
        Path learned = Files.write(dir.resolve("learned.json"), bytes);
        ApiModel taught = Basics.model(LoadOptions.defaults().withSupplement(learned));
        CoverageReport after = new CoverageMeter(taught).measure(matched);

        assertThat(after.rawFields()).isZero();
        assertThat(after.lostFields()).isZero();
        assertThat(after.fullyTyped()).isEqualTo(after.measured().size());
        JsonNode json = Basics.JSON.readTree(bytes);
        assertThat(json.get("format").asText()).isEqualTo("pvecodegen-supplement/1");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContainPattern("20[0-9]{2}-[0-9]{2}-[0-9]{2}");
    }

    @Test
    void theSameAnswersInAnotherOrderGiveTheSameBytes() {
        List<Answer> shuffled = new ArrayList<>(ANSWERS);
        Collections.reverse(shuffled);
        ApiModel model = Basics.model(LoadOptions.defaults());

        assertThat(LearnedSupplement.render("pve", "basics.json", learn(model, shuffled)))
                .isEqualTo(LearnedSupplement.render("pve", "basics.json", learn(model, ANSWERS)));
    }
}
