package dev.pvecodegen.schema.supplement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.PinnedSchema;
import dev.pvecodegen.schema.PinnedSchemas;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.Enrichment.EntryOutcome;
import dev.pvecodegen.schema.model.Enrichment.EntryStatus;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Origin;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.read.SchemaReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupplementApplierTest {

    @TempDir
    Path dir;

    private ApiModel pveMini() throws SchemaException {
        return SupplementFixtures.model(
                "pve-mini.json", SupplementFixtures.file(dir, "/supplements/pve-mini.supplement.json"));
    }

    private static ApiType.ObjectType object(ApiType type) {
        return (ApiType.ObjectType) (type instanceof ApiType.ArrayType a ? a.items() : type);
    }

    private static ApiType answer(ApiModel model, HttpMethod method, String path) {
        return model.operation(method, path).orElseThrow().returns().type();
    }

    @Test
    void propertiesAreAddedOptionalWithTheirOrigin() throws Exception {
        ApiType.ObjectType items = object(answer(pveMini(), HttpMethod.GET, "/nodes"));

        Property maxmem = items.property("maxmem").orElseThrow();
        assertThat(maxmem.optional()).isTrue();
        assertThat(maxmem.type()).isInstanceOf(ApiType.IntegerType.class);
        assertThat(maxmem.origin()).isEqualTo(Origin.supplement("pve-mini.supplement.json", "nodes-items"));
        assertThat(items.property("node").orElseThrow().origin().isSchema())
                .as("declared identically by the schema: stays the schema's")
                .isTrue();
    }

    @Test
    void anOperationDeclaringNullGetsItsAnswer() throws Exception {
        ApiType.ObjectType rules = object(answer(pveMini(), HttpMethod.POST, "/cluster/ha/rules"));

        assertThat(rules.property("rule").orElseThrow().origin().kind()).isEqualTo(Origin.Kind.SUPPLEMENT);
    }

    @Test
    void keysReachTheFormatAndObjectFormMarksTheProperty() throws Exception {
        ApiModel model = pveMini();
        Property net = object(answer(model, HttpMethod.GET, "/nodes/{node}/qemu/{vmid}/config"))
                .property("net")
                .orElseThrow();
        ApiType.PropertyStringType type = (ApiType.PropertyStringType) net.type();

        assertThat(type.objectForm()).isTrue();
        Property mtu = type.format().key("mtu").orElseThrow();
        assertThat(mtu.optional()).isTrue();
        assertThat(mtu.origin().kind()).isEqualTo(Origin.Kind.SUPPLEMENT);
    }

    @Test
    void outcomesTellAppliedRedundantAndUnmatchedEntries() throws Exception {
        List<EntryOutcome> outcomes = pveMini().enrichment().entries();

        assertThat(outcomes)
                .extracting(EntryOutcome::id, EntryOutcome::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("nodes-items", EntryStatus.APPLIED),
                        org.assertj.core.groups.Tuple.tuple("rules-answer", EntryStatus.APPLIED),
                        org.assertj.core.groups.Tuple.tuple("net-keys", EntryStatus.APPLIED),
                        org.assertj.core.groups.Tuple.tuple("gone", EntryStatus.UNMATCHED),
                        org.assertj.core.groups.Tuple.tuple("net-object-form", EntryStatus.APPLIED));
        assertThat(outcomes.get(0).detail()).isEqualTo("1 of 2 properties already declared identically");
        assertThat(outcomes.get(3).detail()).isEqualTo("the schema has no GET /no/such/path");
    }

    @Test
    void anEntryTheSchemaDeclaresIdenticallyIsRedundant() throws Exception {
        Path file = SupplementFixtures.write(dir, "same.json", """
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [
                  {"id": "same", "target": {"method": "GET", "path": "/nodes", "in": "returns", "pointer": "/items"},
                   "properties": {"node": {"type": "string", "format": "pve-node", "description": "other words"}},
                   "reason": "r", "evidence": ["e"], "versions": ["9"]}]}""");

        EntryOutcome outcome = SupplementFixtures.model("pve-mini.json", file)
                .enrichment()
                .entries()
                .get(0);

        assertThat(outcome.status()).isEqualTo(EntryStatus.REDUNDANT);
    }

    @Test
    void propertiesOfAnObjectTheSchemaDoesNotDeclareDeclareItToo() throws Exception {
        Path file = SupplementFixtures.write(dir, "nested.json", """
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [
                  {"id": "cpu", "target": {"method": "GET", "path": "/nodes", "in": "returns",
                                           "pointer": "/items/properties/cpuinfo"},
                   "properties": {"mhz": {"type": "string"}}, "reason": "r", "evidence": ["e"], "versions": ["9"]},
                  {"id": "in-items", "target": {"method": "GET", "path": "/nodes/{node}/qemu/{vmid}/config",
                                                "in": "returns", "pointer": "/items/properties/x"},
                   "properties": {"y": {"type": "string"}}, "reason": "r", "evidence": ["e"], "versions": ["9"]}]}""");

        ApiModel model = SupplementFixtures.model("pve-mini.json", file);
        Property cpuinfo = object(answer(model, HttpMethod.GET, "/nodes"))
                .property("cpuinfo")
                .orElseThrow();

        assertThat(cpuinfo.origin()).isEqualTo(Origin.supplement("nested.json", "cpu"));
        assertThat(object(cpuinfo.type()).property("mhz")).isPresent();
        assertThat(model.enrichment().entries())
                .extracting(EntryOutcome::id, EntryOutcome::status)
                .as("only objects reached through properties are declared on the way")
                .containsExactly(tuple("cpu", EntryStatus.APPLIED), tuple("in-items", EntryStatus.UNMATCHED));
    }

    @Test
    void aLikeEntryCopiesAnotherOperationsDeclarationAsItIs() throws Exception {
        Path file = SupplementFixtures.write(dir, "like.json", """
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [
                  {"id": "same-as-nodes", "target": {"method": "GET", "path": "/cluster/ha/rules", "in": "returns"},
                   "like": {"method": "GET", "path": "/nodes", "in": "returns"},
                   "reason": "r", "evidence": ["e"], "versions": ["9"]},
                  {"id": "nowhere", "target": {"method": "GET", "path": "/cluster/ha/rules", "in": "returns"},
                   "like": {"method": "GET", "path": "/no/such", "in": "returns"},
                   "reason": "r", "evidence": ["e"], "versions": ["9"]}]}""");

        ApiModel model = SupplementFixtures.model("pve-mini.json", file);

        ApiType rules = answer(model, HttpMethod.GET, "/cluster/ha/rules");
        Property nodes =
                object(answer(model, HttpMethod.GET, "/nodes")).property("node").orElseThrow();
        assertThat(rules).isInstanceOf(ApiType.ArrayType.class);
        assertThat(object(rules).property("node").orElseThrow())
                .as("copied as it is, not relaxed, with the entry's origin")
                .usingRecursiveComparison()
                .ignoringFields("pointer")
                .isEqualTo(nodes.withOrigin(Origin.supplement("like.json", "same-as-nodes")));
        assertThat(model.enrichment().entries())
                .extracting(EntryOutcome::id, EntryOutcome::status, EntryOutcome::detail)
                .containsExactly(
                        tuple("same-as-nodes", EntryStatus.APPLIED, ""),
                        tuple("nowhere", EntryStatus.UNMATCHED, "the schema has no GET /no/such returns"));
    }

    @Test
    void laterFilesOverrideEarlierOnesAndCanRestoreTheSchema() throws Exception {
        String entry = """
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [
                  {"id": "node-type", "target": {"method": "GET", "path": "/nodes", "in": "returns", "pointer": "/items"},
                   "properties": {"node": %s}, "reason": "r", "evidence": ["e"], "versions": ["9"]}]}""";
        Path first = SupplementFixtures.write(dir, "first.json", entry.formatted("{\"type\": \"integer\"}"));
        Path second = SupplementFixtures.write(dir, "second.json", entry.formatted("{\"type\": \"boolean\"}"));
        Path back = SupplementFixtures.write(
                dir, "back.json", entry.formatted("{\"type\": \"string\", \"format\": \"pve-node\"}"));

        Property overridden = object(
                        answer(SupplementFixtures.model("pve-mini.json", first, second), HttpMethod.GET, "/nodes"))
                .property("node")
                .orElseThrow();
        Property restored = object(
                        answer(SupplementFixtures.model("pve-mini.json", first, back), HttpMethod.GET, "/nodes"))
                .property("node")
                .orElseThrow();

        assertThat(overridden.type()).isInstanceOf(ApiType.BooleanType.class);
        assertThat(overridden.origin().source()).isEqualTo("second.json#node-type");
        assertThat(restored.type()).isInstanceOf(ApiType.StringType.class);
        assertThat(restored.origin().isSchema()).isTrue();
    }

    @Test
    void entriesForOtherVersionsAreSkipped() throws Exception {
        Supplement supplement = SupplementReader.read(
                SupplementFixtures.resource("/supplements/pve-mini.supplement.json"), "pve-mini.supplement.json");
        var tree = SchemaReader.read(SupplementFixtures.resource("/fixtures/pve-mini.json"), "pve-mini.json");

        SupplementApplier.Result result =
                SupplementApplier.apply(tree, Dialect.PVE, Optional.of("8.4"), List.of(supplement));

        assertThat(result.outcomes()).allSatisfy(o -> assertThat(o.status()).isEqualTo(EntryStatus.OTHER_VERSION));
        assertThat(result.tree()).isEqualTo(tree);
    }

    /**
     * The applier copies on write: the input tree (the schema as declared, which redundancy is judged against) stays
     * as it was, and what no entry wrote is shared rather than copied.
     */
    @Test
    void theInputTreeIsNeverChangedAndWhatIsNotWrittenIsShared() throws Exception {
        PinnedSchema pinned = PinnedSchemas.find("pve-9.2").orElseThrow();
        JsonNode tree = SchemaReader.read(Files.readAllBytes(PinnedSchemas.resolve(pinned)), pinned.name());
        JsonNode declared = tree.deepCopy();
        List<Supplement> shipped = List.of(Supplements.shipped(Dialect.PVE).orElseThrow());

        SupplementApplier.Result first = SupplementApplier.apply(tree, Dialect.PVE, Optional.of("9.2"), shipped);
        SupplementApplier.Result second = SupplementApplier.apply(tree, Dialect.PVE, Optional.of("9.2"), shipped);

        assertThat(tree).isEqualTo(declared);
        assertThat(first.tree()).isNotEqualTo(tree).isEqualTo(second.tree());
        assertThat(first.outcomes()).isEqualTo(second.outcomes());
        assertThat(first.outcomes()).extracting(EntryOutcome::status).contains(EntryStatus.APPLIED);
        long shared = 0;
        for (int i = 0; i < tree.size(); i++) {
            shared += first.tree().get(i) == tree.get(i) ? 1 : 0;
        }
        assertThat(shared).as("root nodes no entry wrote below").isPositive();
    }

    @Test
    void aSupplementForTheOtherProductIsRefused() {
        Path pbs = SupplementFixtures.file(dir, "/supplements/pbs-mini.supplement.json");

        assertThatThrownBy(() -> SupplementFixtures.model("pve-mini.json", pbs))
                .isInstanceOfSatisfying(
                        SchemaException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.pointer()).isEqualTo("/product");
                            assertThat(p.message()).contains("'pbs'").contains("pve schema");
                        }))
                .hasMessageStartingWith(pbs.toString());
    }

    @Test
    void theFormatWorksForPbs() throws Exception {
        ApiModel model = SupplementFixtures.model(
                "pbs-mini.json", SupplementFixtures.file(dir, "/supplements/pbs-mini.supplement.json"));

        ApiType.ObjectType index = object(answer(model, HttpMethod.GET, "/admin/datastore/{store}"));
        assertThat(index.property("subdir")).isPresent();
        ApiType.PropertyStringType options =
                (ApiType.PropertyStringType) model.operation(HttpMethod.POST, "/config/access/ad")
                        .orElseThrow()
                        .parameter("sync-defaults-options")
                        .orElseThrow()
                        .property()
                        .type();
        assertThat(options.format().key("dry-run").orElseThrow().origin().kind())
                .isEqualTo(Origin.Kind.SUPPLEMENT);
        assertThat(options.format().key("enable-new").orElseThrow().origin().isSchema())
                .isTrue();
        assertThat(model.enrichment().entries())
                .extracting(EntryOutcome::status)
                .containsExactly(EntryStatus.APPLIED, EntryStatus.APPLIED, EntryStatus.REDUNDANT);
    }

    @Test
    void aBadSupplementFailsTheLoadLikeABadSchema() {
        Path bad = SupplementFixtures.write(dir, "bad.json", """
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [
                  {"id": "x", "target": {"method": "GET", "path": "/nodes", "in": "returns"},
                   "properties": {"a": {"type": "nothing"}}, "reason": "r", "evidence": ["e"], "versions": ["9"]}]}""");

        assertThatThrownBy(() -> SupplementFixtures.model("pve-mini.json", bad))
                .isInstanceOfSatisfying(
                        SchemaException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> {
                            assertThat(p.pointer()).isEqualTo("/entries/0/properties/a/type");
                            assertThat(p.path()).contains("/nodes");
                        }));
    }
}
