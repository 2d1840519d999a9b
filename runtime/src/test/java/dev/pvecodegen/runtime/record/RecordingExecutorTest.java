package dev.pvecodegen.runtime.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.testing.FakeTime;
import dev.pvecodegen.runtime.testing.LogCapture;
import dev.pvecodegen.runtime.testing.ScriptedExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decorator on its own: file names and content, the version asked once, the caps, failures. */
class RecordingExecutorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScriptedExecutor server = new ScriptedExecutor(request -> switch (request.path()) {
        case "/version" -> "{\"version\":\"8.4.1\",\"release\":\"8.4\"}";
        case "/nodes/pve1/qemu" -> "[{\"vmid\":100,\"name\":\"web\",\"status\":\"running\"}]";
        case "/nodes/pve1/storage/local%3Aiso/content" -> "[]";
        default -> "null";
    });
    private final FakeTime time = new FakeTime();

    @TempDir
    Path dir;

    private RecordingExecutor recorder(RecordingOptions options) {
        return new RecordingExecutor(server, options, time);
    }

    private static ApiRequest guests() {
        return ApiRequest.builder(HttpVerb.GET, "/nodes/{node}/qemu")
                .pathParam("node", "pve1")
                .param("full", true)
                .build();
    }

    @Test
    void writesOneDocumentPerCallAndDecodesAsTheWrappedExecutor() throws IOException {
        RecordingExecutor recorder = recorder(RecordingOptions.to(dir));

        List<?> guests = recorder.execute(guests(), List.class);
        recorder.execute(
                ApiRequest.builder(HttpVerb.GET, "/nodes/{node}/storage/{storage}/content")
                        .pathParam("node", "pve1")
                        .pathParam("storage", "local:iso")
                        .param("content", List.of("iso", "vztmpl"))
                        .build(),
                JsonNode.class);
        recorder.execute(
                ApiRequest.builder(HttpVerb.POST, "/nodes/{node}/qemu/{vmid}/status/start")
                        .pathParam("node", "pve1")
                        .pathParam("vmid", 100)
                        .build(),
                Void.class);

        assertThat(guests).hasSize(1);
        assertThat(files())
                .containsExactly(
                        "000001-GET-nodes-pve1-qemu.json",
                        "000002-GET-nodes-pve1-storage-local_3Aiso-content.json",
                        "000003-POST-nodes-pve1-qemu-100-status-start.json");
        assertThat(read("000001-GET-nodes-pve1-qemu.json").toString())
                .isEqualTo("{\"format\":\"pvecodegen-answer/1\",\"method\":\"GET\",\"path\":\"/nodes/pve1/qemu\","
                        + "\"pathTemplate\":\"/nodes/{node}/qemu\",\"params\":{\"full\":\"1\"},\"status\":200,"
                        + "\"version\":\"8.4.1\",\"time\":\"2026-01-01T00:00:00Z\","
                        + "\"source\":\"recorded by the pvecodegen runtime\",\"kind\":\"recorded\",\"redacted\":[],"
                        + "\"data\":[{\"vmid\":100,\"name\":\"web\",\"status\":\"running\"}]}");
        assertThat(read("000002-GET-nodes-pve1-storage-local_3Aiso-content.json")
                        .get("params")
                        .toString())
                .isEqualTo("{\"content\":[\"iso\",\"vztmpl\"]}");
        assertThat(read("000003-POST-nodes-pve1-qemu-100-status-start.json")
                        .get("data")
                        .isNull())
                .isTrue();
        assertThat(server.calls().stream().filter(c -> c.path().equals("/version")))
                .hasSize(1);
    }

    @Test
    void continuesTheNumberingOfEarlierRecordingsAndCountsThemAgainstTheCaps() throws IOException {
        recorder(RecordingOptions.to(dir)).execute(guests(), JsonNode.class);
        Files.writeString(dir.resolve("notes.txt"), "not a recording");

        RecordingExecutor second = recorder(RecordingOptions.to(dir).maxFiles(2));
        second.execute(guests(), JsonNode.class);
        second.execute(guests(), JsonNode.class);

        assertThat(files())
                .containsExactly("000001-GET-nodes-pve1-qemu.json", "000002-GET-nodes-pve1-qemu.json", "notes.txt");
        assertThat(second.isRecording()).isFalse();
    }

    @Test
    void stopsWithOneWarningAtTheFileCapAndCallsGoOn() throws IOException {
        RecordingExecutor recorder = recorder(RecordingOptions.to(dir).maxFiles(2));
        try (LogCapture log = LogCapture.start()) {
            for (int i = 0; i < 5; i++) {
                assertThat(recorder.execute(guests(), JsonNode.class).size()).isEqualTo(1);
            }

            assertThat(warnings(log))
                    .singleElement()
                    .satisfies(w -> assertThat(w)
                            .contains("recording answers in " + dir
                                    + " stopped: the directory holds 2 recordings, the cap"));
        }
        assertThat(files()).hasSize(2);
        assertThat(server.calls().stream().filter(c -> c.path().equals("/nodes/pve1/qemu")))
                .hasSize(5);
    }

    @Test
    void stopsWithOneWarningAtTheSizeCap() throws IOException {
        RecordingExecutor recorder = recorder(RecordingOptions.to(dir).maxBytes(900));
        try (LogCapture log = LogCapture.start()) {
            for (int i = 0; i < 4; i++) {
                recorder.execute(guests(), JsonNode.class);
            }

            assertThat(warnings(log))
                    .singleElement()
                    .satisfies(w -> assertThat(w).contains("900 bytes (maxBytes)"));
        }
        long total = 0;
        for (String file : files()) {
            total += Files.size(dir.resolve(file));
        }
        assertThat(files()).hasSize(2); // about 430 bytes each
        assertThat(total).isLessThanOrEqualTo(900);
    }

    @Test
    void aFailedWriteStopsRecordingButNotTheCall() throws IOException {
        RecordingExecutor recorder = recorder(RecordingOptions.to(dir));
        recorder.execute(guests(), JsonNode.class);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
        Files.writeString(dir, "a file where the directory was");

        try (LogCapture log = LogCapture.start()) {
            assertThat(recorder.execute(guests(), JsonNode.class).size()).isEqualTo(1);
            assertThat(recorder.execute(guests(), JsonNode.class).size()).isEqualTo(1);

            assertThat(warnings(log))
                    .singleElement()
                    .satisfies(w -> assertThat(w).contains("failed"));
        }
        assertThat(recorder.isRecording()).isFalse();
    }

    @Test
    void extraSecretsAreRemovedEverywhere() throws IOException {
        ScriptedExecutor leaky = new ScriptedExecutor(request -> request.path().equals("/version")
                ? "{\"version\":\"9.2.0\"}"
                : "{\"note\":\"the vault said s3cr3t-v4lue\",\"s3cr3t-v4lue\":1}");
        RecordingExecutor recorder =
                new RecordingExecutor(leaky, RecordingOptions.to(dir).redacting("s3cr3t-v4lue"), time);

        recorder.execute(ApiRequest.builder(HttpVerb.GET, "/cluster/options").build(), JsonNode.class);

        String text = Files.readString(dir.resolve("000001-GET-cluster-options.json"));
        assertThat(text).doesNotContain("s3cr3t-v4lue").contains("the vault said <redacted>");
        assertThat(RecordingOptions.to(dir).redacting("s3cr3t-v4lue").toString())
                .doesNotContain("s3cr3t");
    }

    @Test
    void fileNamesAreSafeAndBounded() {
        assertThat(AnswerFile.label("GET", "/nodes/pve1/storage/local%3Aiso/content/..%2F..%2Fetc"))
                .isEqualTo("GET-nodes-pve1-storage-local_3Aiso-content-.._2F.._2Fetc");
        assertThat(AnswerFile.label("GET", "/" + "x".repeat(300))).hasSize(100);
        assertThat(AnswerFile.label("GET", "/")).isEqualTo("GET");
        assertThat(AnswerDirectory.RECORDING.matcher("000001-GET-nodes.json").matches())
                .isTrue();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private JsonNode read(String file) throws IOException {
        return JSON.readTree(dir.resolve(file).toFile());
    }

    private static List<String> warnings(LogCapture log) {
        return log.messages().stream().filter(m -> m.contains("WARNING")).toList();
    }
}
