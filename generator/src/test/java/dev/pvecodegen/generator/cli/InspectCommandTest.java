package dev.pvecodegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String shared(String name) {
        return Path.of(System.getProperty("pvecodegen.shared.apidoc", "../../shared/apidoc"), name + ".json")
                .toString();
    }

    @Test
    void textSummaryOfPve92() {
        assertThat(run("inspect", "--schema", shared("pve-9.2"))).isZero();
        assertThat(out())
                .contains(
                        "dialect                  PVE",
                        "operations               675 (GET 340, POST 173, " + "PUT 83, DELETE 79)",
                        "task operations          94",
                        "property-string types    65 distinct",
                        "indexed families         17",
                        "net[n] 0..31",
                        "raw fallbacks            4",
                        "GET /nodes/{node}/storage/{storage}/file-restore/download › returns: declared type 'any'");
        assertThat(err()).isEmpty();
    }

    @Test
    void theSummaryTellsWhatSupplementAndInferenceDidAndWhatStaysOpen() {
        assertThat(run("inspect", "--schema", shared("pve-9.2"))).isZero();
        assertThat(out())
                .contains(
                        "supplements              pve.supplement.json",
                        "supplement entries       33 (applied 32, redundant 0, unmatched 0, other version 1)",
                        "  other version: pve.supplement.json#storage-content-name-pve5",
                        "typed by inference       96 operations",
                        "  config-symmetry: 40",
                        "  directory-index: 34",
                        "answers still open       37 operations",
                        "  objects without properties (30):",
                        "    GET /cluster/ceph/status")
                .doesNotContain("    GET /cluster/options\n");
    }

    @Test
    void withoutTheSupplementOnlyInferenceRefinesAndUsersEntriesAreReported(@TempDir Path dir) throws Exception {
        Path mine = Files.writeString(dir.resolve("mine.json"), """
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [
                  {"id": "gone", "target": {"method": "GET", "path": "/no/such/path", "in": "returns"},
                   "properties": {"x": {"type": "string"}}, "reason": "r", "evidence": ["e"], "versions": ["9"]},
                  {"id": "same", "target": {"method": "GET", "path": "/version", "in": "returns"},
                   "properties": {"release": {"type": "string", "description": "The current Proxmox VE point release."}},
                   "reason": "r", "evidence": ["e"], "versions": ["9"]}]}""");
        assertThat(run("inspect", "--schema", shared("pve-9.2"), "--no-supplement", "--supplement", mine.toString()))
                .isZero();
        assertThat(out())
                .contains(
                        "supplements              mine.json",
                        "supplement entries       2 (applied 0, redundant 1, unmatched 1, other version 0)",
                        "  unmatched: mine.json#gone (GET /no/such/path returns): the schema has no GET /no/such/path",
                        "  redundant: mine.json#same",
                        "typed by inference")
                .doesNotContain("pve.supplement.json");
    }

    @Test
    void aBadSupplementExitsWithTwoAndItsLocation(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), """
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [{"id": "x"}]}""");
        assertThat(run("inspect", "--schema", shared("pve-9.2"), "--supplement", bad.toString()))
                .isEqualTo(2);
        assertThat(err()).contains("bad.json", "/entries/0");
        assertThat(run("inspect", "--schema", shared("pve-9.2"), "--supplement"))
                .isEqualTo(1);
    }

    @Test
    void theJsonSummaryListsEntriesRulesAndOpenAnswers() throws Exception {
        assertThat(run("inspect", "--schema", shared("pve-9.2"), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.path("supplements").get(0).asText()).isEqualTo("pve.supplement.json");
        assertThat(json.path("supplementEntries")).hasSize(33);
        assertThat(json.path("supplementEntries").get(0).path("status").asText())
                .isEqualTo("applied");
        assertThat(json.path("inference").path("config-symmetry").size()).isEqualTo(40);
        assertThat(json.path("inference").path("config-symmetry").toString()).contains("GET /cluster/options");
        assertThat(json.path("openAnswers").path("objects without properties")).hasSize(30);
    }

    @Test
    void jsonSummaryOfPbs() throws Exception {
        assertThat(run("inspect", "--schema", shared("pbs-4.2"), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.path("operations").path("total").asInt()).isEqualTo(349);
        assertThat(json.path("paths").asInt()).isEqualTo(232);
        assertThat(json.path("taskOperations")).hasSize(27);
        assertThat(json.path("propertyStringTypes")).hasSize(10);
        assertThat(json.path("enumTypes").path("distinct").asInt()).isPositive();
        assertThat(json.path("rawFallbacks").isArray()).isTrue();
        assertThat(json.path("excluded")).hasSize(2);
        assertThat(json.path("dialect").asText()).isEqualTo("PBS");
        assertThat(json.path("pinned").path("product").asText()).isEqualTo("Proxmox Backup Server");
    }

    @Test
    void badInputExitsWithTwoAndListsEveryProblem(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(
                bad,
                "[{\"path\": \"/a\", \"info\": {\"GET\": {\"method\": \"GET\", \"parameters\": "
                        + "{\"properties\": {\"x\": {\"type\": \"strin\"}}}}}}, {\"path\": 3}]");
        assertThat(run("inspect", "--schema", bad.toString())).isEqualTo(2);
        assertThat(err())
                .contains("2 problems", "GET /a › x at /0/info/GET/parameters/properties/x/type", "at /1/path");
        assertThat(out()).isEmpty();
        assertThat(run("inspect", "--schema", dir.resolve("missing.json").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("no such file");
    }

    @Test
    void usageErrors() {
        assertThat(run()).isEqualTo(1);
        assertThat(run("frobnicate")).isEqualTo(1);
        assertThat(err()).contains("unknown command 'frobnicate'");
        assertThat(run("inspect")).isEqualTo(1);
        assertThat(err()).contains("--schema is required");
        assertThat(run("inspect", "--schema")).isEqualTo(1);
        assertThat(run("inspect", "--schema", "x", "--bogus")).isEqualTo(1);
        assertThat(run("inspect", "--schema", "http://insecure/apidoc.js")).isEqualTo(1);
        assertThat(run("inspect", "--help")).isZero();
        assertThat(out()).contains("usage: pvecodegen inspect");
    }

    @Test
    void offlineRefusesUrlsWithBadInputStatus() {
        assertThat(run("inspect", "--offline", "--schema", "https://pve.example.invalid/apidoc.js"))
                .isEqualTo(2);
        assertThat(err()).contains("offline");
    }
}
