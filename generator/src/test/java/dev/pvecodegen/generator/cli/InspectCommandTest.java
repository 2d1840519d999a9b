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
                        "property-string types    64 distinct",
                        "indexed families         17",
                        "net[n] 0..31",
                        "raw fallbacks            6",
                        "GET /cluster/ha/groups/{group} › returns: no type");
        assertThat(err()).isEmpty();
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
