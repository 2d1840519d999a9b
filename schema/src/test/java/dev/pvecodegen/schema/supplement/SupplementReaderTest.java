package dev.pvecodegen.schema.supplement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaProblem;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.NameOverride;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupplementReaderTest {

    private static Supplement read(String json) throws SchemaException {
        return SupplementReader.read(json.getBytes(StandardCharsets.UTF_8), "test.supplement.json");
    }

    private static List<SchemaProblem> problems(String json) {
        try {
            read(json);
        } catch (SchemaException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems");
    }

    @Test
    void readsEveryKindAndTheNamesUnchanged() throws Exception {
        Supplement supplement = SupplementReader.read(
                SupplementFixtures.resource("/supplements/pve-mini.supplement.json"), "pve-mini.supplement.json");

        assertThat(supplement.product()).isEqualTo("pve");
        assertThat(supplement.entries())
                .extracting(SupplementEntry::kind)
                .containsExactly(
                        SupplementEntry.Kind.PROPERTIES,
                        SupplementEntry.Kind.SCHEMA,
                        SupplementEntry.Kind.KEYS,
                        SupplementEntry.Kind.OBJECT_FORM,
                        SupplementEntry.Kind.PROPERTIES);
        SupplementEntry first = supplement.entries().get(0);
        assertThat(first.target())
                .isEqualTo(new Target.Operation(HttpMethod.GET, "/nodes", Target.Part.RETURNS, "/items"));
        assertThat(first.evidence()).containsExactly("fixtures/pve-mini.json");
        assertThat(first.pointer()).isEqualTo("/entries/0");
        assertThat(supplement.entries().get(3).fragment()).isEmpty();
        assertThat(supplement.names())
                .containsExactly(
                        new NameOverride("GET /nodes returns[]", "NodeEntry", "test", "/names/0"),
                        new NameOverride("anything the binding stage understands", "QemuConfig", "test", "/names/1"));
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsLocation() {
        List<SchemaProblem> found = problems("""
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [
                  {"id": "ok", "target": {"method": "GET", "path": "/nodes", "in": "returns"},
                   "properties": {"x": {"type": "strnig"}}, "reason": "r", "evidence": [], "versions": ["9"]},
                  {"id": "two-kinds", "target": {"method": "GET", "path": "/x", "in": "returns"},
                   "properties": {"x": {"type": "string"}}, "objectForm": true,
                   "reason": "r", "evidence": ["e"], "versions": ["9"]}
                 ],
                 "names": [{"target": "t", "name": "lowerCase", "reason": "r"}]}""");

        assertThat(found).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/entries/0/properties/x/type");
            assertThat(p.method()).contains("GET");
            assertThat(p.path()).contains("/nodes");
            assertThat(p.message()).startsWith("entry 'ok': ");
        });
        assertThat(found).anySatisfy(p -> assertThat(p.pointer()).isEqualTo("/entries/0/evidence"));
        assertThat(found).anySatisfy(p -> assertThat(p.pointer()).isEqualTo("/entries/1"));
        assertThat(found).anySatisfy(p -> assertThat(p.pointer()).isEqualTo("/names/0/name"));
    }

    @Test
    void theFormatAndProductAreChecked() {
        assertThat(problems("{\"format\": \"pvecodegen-supplement/2\", \"product\": \"pmg\", \"entries\": []}"))
                .extracting(SchemaProblem::pointer)
                .contains("/format", "/product");
    }

    @Test
    void idsArePointersAndKindsAreCheckedBeyondTheMetaSchema() {
        List<SchemaProblem> found = problems("""
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [
                  {"id": "a", "target": {"method": "GET", "path": "/x", "in": "returns", "pointer": "/a~2b"},
                   "properties": {"x": {"type": "string"}}, "reason": "r", "evidence": ["e"], "versions": ["9"]},
                  {"id": "a", "target": {"format": "pve-qm-boot"},
                   "properties": {"x": {"type": "string"}}, "reason": "r", "evidence": ["e"], "versions": ["9"]}
                ]}""");

        assertThat(found)
                .extracting(SchemaProblem::pointer)
                .containsExactly("/entries/0/target/pointer", "/entries/1/id", "/entries/1/target");
        assertThat(found.get(2).message()).contains("a format target takes only 'keys'");
    }

    @Test
    void notJsonIsReadableProblem() {
        assertThatThrownBy(() -> read("{\"format\": "))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("test.supplement.json")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void versionsMatchMajorsAndMinors() throws Exception {
        SupplementEntry entry = read("""
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [
                  {"id": "a", "target": {"method": "GET", "path": "/x", "in": "returns"},
                   "properties": {"x": {"type": "string"}}, "reason": "r", "evidence": ["e"], "versions": ["8", "9.2"]}
                ]}""").entries().get(0);

        assertThat(entry.appliesTo(Optional.of("8.4"))).isTrue();
        assertThat(entry.appliesTo(Optional.of("9.2"))).isTrue();
        assertThat(entry.appliesTo(Optional.of("9.1"))).isFalse();
        assertThat(entry.appliesTo(Optional.of("7.2"))).isFalse();
        assertThat(entry.appliesTo(Optional.empty())).isTrue();
    }
}
