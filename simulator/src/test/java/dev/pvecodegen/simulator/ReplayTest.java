package dev.pvecodegen.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --answers}: GETs answered with what a real cluster sent, in both recording formats. */
class ReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A recording as the runtime's {@code recordAnswers} writes it. */
    private void record(String file, String path, String template, String params, String data) throws IOException {
        Files.writeString(
                dir.resolve(file),
                "{\"format\":\"pvecodegen-answer/1\",\"method\":\"GET\",\"path\":\"" + path + "\",\"pathTemplate\":\""
                        + template + "\",\"params\":" + params + ",\"status\":200,\"version\":\"9.2.0\","
                        + "\"time\":\"2026-01-01T00:00:00Z\",\"source\":\"recorded by the pvecodegen runtime\","
                        + "\"kind\":\"recorded\",\"redacted\":[],\"data\":" + data + "}");
    }

    @Test
    void answersTheCorpusOfRealServersConcretePathFirstThenTemplate() throws Exception {
        Path corpus = sharedAnswers();
        JsonNode answers = JSON.readTree(corpus.toFile());
        try (PveSimulator sim =
                PveSimulator.start(TestModels.options().answers(corpus).build())) {
            PveHttp http = new PveHttp(sim).loginRoot();

            JsonNode lastStorage = null;
            JsonNode config = null;
            for (JsonNode answer : answers) {
                if (answer.get("path").asText().equals("/storage/local")) {
                    lastStorage = answer.get("data");
                }
                if (answer.get("path").asText().equals("/nodes/pve/qemu/103/config")) {
                    config = answer.get("data");
                }
            }
            assertThat(http.get("/storage/local").data()).isEqualTo(lastStorage);
            assertThat(http.get("/nodes/pve/qemu/103/config").data()).isEqualTo(config);
            // No recording of VM 999 on node "pve": the recording of the same operation answers.
            assertThat(http.get("/nodes/pve/qemu/999/config").data()).isEqualTo(config);
            assertThat(sim.replay().size()).isEqualTo(45); // 46 answers, one of them a POST
            assertThat(sim.replay().unmatched()).isEmpty();
            // Not recorded: simulated as before.
            assertThat(http.get("/version").data().get("version").asText()).isNotEmpty();
        }
    }

    @Test
    void readsRecordingsPrefersTheSameQueryAndTheLatestAndLeavesOtherVerbsToTheSimulator() throws Exception {
        record(
                "000001-GET-cluster-resources.json",
                "/cluster/resources",
                "/cluster/resources",
                "{}",
                "[{\"id\":\"qemu/100\",\"type\":\"qemu\",\"x-plugin-field\":7}]");
        record(
                "000002-GET-cluster-resources.json",
                "/cluster/resources",
                "/cluster/resources",
                "{\"type\":\"vm\"}",
                "[{\"id\":\"qemu/101\",\"type\":\"qemu\"}]");
        record(
                "000003-GET-cluster-resources.json",
                "/cluster/resources",
                "/cluster/resources",
                "{\"type\":\"storage\"}",
                "[{\"id\":\"storage/pve1/local\",\"type\":\"storage\"}]");
        record(
                "000004-GET-access-users-root_40pam.json",
                "/access/users/root%40pam",
                "/access/users/{userid}",
                "{}",
                "{\"email\":\"root@example.com\",\"enable\":1}");
        Files.writeString(
                dir.resolve("000005-POST-nodes-pve-qemu.json"),
                "{\"method\":\"POST\",\"path\":\"/nodes/pve/qemu\",\"data\":\"UPID:recorded\"}");
        Files.writeString(dir.resolve("notes.txt"), "not read");
        try (PveSimulator sim =
                PveSimulator.start(TestModels.options().answers(dir).build())) {
            PveHttp http = new PveHttp(sim).loginRoot();

            assertThat(http.get("/cluster/resources", Map.of("type", "vm"))
                            .data()
                            .get(0)
                            .get("id")
                            .asText())
                    .isEqualTo("qemu/101");
            assertThat(http.get("/cluster/resources", Map.of("type", "storage"))
                            .data()
                            .get(0)
                            .get("id")
                            .asText())
                    .isEqualTo("storage/pve1/local");
            // Without a recording of these parameters, the latest recording of the path.
            assertThat(http.get("/cluster/resources", Map.of("type", "node"))
                            .data()
                            .get(0)
                            .get("id")
                            .asText())
                    .isEqualTo("storage/pve1/local");
            assertThat(http.get("/access/users/root@pam").data().get("email").asText())
                    .isEqualTo("root@example.com");
            assertThat(sim.replay().size()).isEqualTo(4);
            // A POST is never replayed: the simulator still creates the VM and answers a real task.
            PveHttp.Answer created = http.post("/nodes/pve/qemu", PveHttp.form("vmid", "100", "memory", "512"));
            assertThat(created.status()).isEqualTo(200);
            assertThat(created.data().asText()).startsWith("UPID:pve:");
        }
    }

    @Test
    void recordingsOfPathsTheSchemaLacksAreListedNotFatal() throws Exception {
        record(
                "000001-GET-x.json",
                "/nodes/pve/some-plugin/status",
                "/nodes/{node}/some-plugin/status",
                "{}",
                "{\"ok\":1}");
        try (PveSimulator sim =
                PveSimulator.start(TestModels.options().answers(dir).build())) {
            assertThat(sim.replay().size()).isZero();
            assertThat(sim.replay().unmatched())
                    .singleElement()
                    .satisfies(u -> assertThat(u).endsWith("000001-GET-x.json: GET /nodes/pve/some-plugin/status"));
        }
    }

    @Test
    void badFilesAreAllListedWithTheirLocation() throws Exception {
        Files.writeString(dir.resolve("a.json"), "{not json");
        Files.writeString(
                dir.resolve("b.json"),
                "[{\"method\":\"GET\",\"path\":\"/version\",\"data\":{}},"
                        + "{\"method\":\"GET\",\"data\":1},{\"path\":\"nodes\"}]");
        Files.writeString(dir.resolve("c.json"), "42");

        assertThatThrownBy(() ->
                        PveSimulator.start(TestModels.options().answers(dir).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot replay the recorded answers")
                .hasMessageContaining("a.json: not JSON")
                .hasMessageContaining("b.json[1]: no \"path\" starting with /")
                .hasMessageContaining("b.json[2]: no \"method\", no \"path\" starting with /, no \"data\"")
                .hasMessageContaining("c.json: neither a recorded answer")
                .hasMessageNotContaining("b.json[0]");
    }

    @Test
    void theCommandLineTakesAnswers() {
        SimulatorOptions options = Main.parse(List.of("--answers", "rec", "--answers", "corpus.json"), Map.of());

        assertThat(options.answers()).containsExactly(Path.of("rec"), Path.of("corpus.json"));
    }

    private static Path sharedAnswers() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path candidate = at.resolve("shared/answers/pve.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/answers/pve.json not found");
    }
}
