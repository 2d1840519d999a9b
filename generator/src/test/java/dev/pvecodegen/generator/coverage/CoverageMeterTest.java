package dev.pvecodegen.generator.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.generator.Fixtures;
import dev.pvecodegen.schema.model.ApiModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meter on the {@code basics} fixture: every way a field can be typed, kept raw or lost. */
class CoverageMeterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiModel BASICS = Fixtures.model("basics");
    private final CoverageMeter meter = new CoverageMeter(BASICS);

    private AnswerCoverage measure(String method, String path, String data) throws Exception {
        return meter.measure(new Answer(method, path, JSON.readTree(data), "test"));
    }

    @Test
    void aFullyTypedAnswerReadsLeniently() throws Exception {
        AnswerCoverage nodes = measure("GET", "/nodes", """
                [{"node": "pve1", "status": "online", "maxmem": "68719476736", "cpu": 0.5}]""");

        assertThat(nodes.operation()).contains("GET /nodes");
        assertThat(nodes.fields()).isEqualTo(4);
        assertThat(nodes.typed()).isEqualTo(4);
        assertThat(nodes.fullyTyped()).isTrue();
    }

    @Test
    void undeclaredAndDriftedFieldsAreRawWithTheirMembers() throws Exception {
        AnswerCoverage nodes = measure("GET", "/nodes", """
                [{"node": "pve1", "status": "online", "maxmem": "lots", "extra": {"a": 1, "b": [{"c": 2}]}}]""");

        assertThat(nodes.rawPaths()).containsExactly("/0/maxmem", "/0/extra");
        assertThat(nodes.fields()).isEqualTo(7);
        assertThat(nodes.raw()).isEqualTo(5);
        assertThat(nodes.typed()).isEqualTo(2);
        assertThat(nodes.fullyTyped()).isFalse();
    }

    @Test
    void familyMembersAndPropertyStringsInBothFormsAreTyped() throws Exception {
        AnswerCoverage config = measure("GET", "/nodes/pve1/qemu/100/config", """
                {"digest": "x", "memory": {"current": 4096},
                 "net0": "virtio=BC:24:11:2A:3B:4C,bridge=vmbr0", "net1": "model=nonsense,tag=notanumber"}""");

        assertThat(config.familyPaths()).containsExactly("/net0");
        assertThat(config.rawPaths()).containsExactly("/net1");
        assertThat(config.fields()).isEqualTo(5);
        assertThat(config.typed()).isEqualTo(4);
    }

    @Test
    void whatTheClientWouldNotGiveBackIsLost() throws Exception {
        AnswerCoverage padded = measure("GET", "/nodes", "[{\"node\": \"pve1\", \"maxmem\": \"007\"}]");
        AnswerCoverage discarded = measure("PUT", "/nodes/pve1/qemu/100/config", "{\"unexpected\": 1}");

        assertThat(padded.lostPaths()).containsExactly("/0/maxmem");
        assertThat(discarded.lost()).isEqualTo(1);
        assertThat(discarded.problem()).contains("data on an operation generated as void is discarded");
    }

    @Test
    void anAnswerOfAnotherShapeFailsTheCallWithTheAnswerKeptRaw() throws Exception {
        AnswerCoverage version = measure("GET", "/version", "[{\"version\": \"9.2\"}]");
        AnswerCoverage scalar = measure("GET", "/version", "\"9.2\"");

        assertThat(version.lost()).isZero();
        assertThat(version.raw()).isEqualTo(1);
        assertThat(version.rawPaths()).containsExactly("");
        assertThat(version.fullyTyped()).isFalse();
        assertThat(version.problem().orElseThrow()).contains("the call fails with UnexpectedAnswerException");
        assertThat(scalar.lost()).isZero();
        assertThat(scalar.rawPaths()).containsExactly("");
        assertThat(scalar.problem()).isPresent();
    }

    @Test
    void theReportCountsOnlyAnswersWithDataThatMatchAnOperation(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), """
                [{"method": "GET", "path": "/nodes", "data": [{"node": "pve1", "status": "online"}]},
                 {"method": "GET", "path": "/nodes", "data": []}]""");
        Files.writeString(dir.resolve("b.json"), """
                {"method": "GET", "path": "/no/such", "data": {"x": 1}}""");

        CoverageReport report = meter.measure(dir);

        assertThat(report.answers()).hasSize(3);
        assertThat(report.measured()).hasSize(1);
        assertThat(report.unmatched())
                .singleElement()
                .satisfies(a -> assertThat(a.answer().source()).isEqualTo("b.json"));
        assertThat(report.summary())
                .isEqualTo("1 of 1 answers fully typed (100.0 %), 2 of 2 fields typed (100.0 %), 0 raw, 0 lost");
    }

    @Test
    void writeBackNormalisationsAreTheDocumentedOnes() throws Exception {
        assertThat(equivalent("{\"a\": \"4096\"}", "{\"a\": 4096}")).isTrue();
        assertThat(equivalent("{\"a\": 5}", "{\"a\": 5.0}")).isTrue();
        assertThat(equivalent("{\"a\": 1, \"b\": \"0\", \"c\": \"\"}", "{\"a\": true, \"b\": false, \"c\": false}"))
                .isTrue();
        assertThat(equivalent("{\"a\": null}", "{}")).isTrue();
        assertThat(equivalent("{\"a\": \"007\"}", "{\"a\": 7}")).isFalse();
        assertThat(equivalent("{\"a\": \"x\"}", "{\"a\": \"y\"}")).isFalse();
        assertThat(equivalent("[1, 2]", "[1]")).isFalse();
        assertThat(equivalent("{\"a\": 2}", "{\"a\": true}")).isFalse();
    }

    private static boolean equivalent(String original, String written) throws Exception {
        JsonNode a = JSON.readTree(original);
        JsonNode b = JSON.readTree(written);
        return WriteBack.equivalent(a, b);
    }

    @Test
    void answersAreMatchedToTheMostLiteralOperation() {
        OperationMatcher matcher = new OperationMatcher(BASICS);

        assertThat(matcher.match("GET", "/nodes/pve1/qemu"))
                .map(op -> op.path())
                .contains("/nodes/{node}/qemu");
        assertThat(matcher.match("GET", "/nodes/pve1/qemu/100/config")
                        .orElseThrow()
                        .path())
                .isEqualTo("/nodes/{node}/qemu/{vmid}/config");
        assertThat(matcher.match("POST", "/nodes")).isEmpty();
        assertThat(List.of(matcher.match("GET", "/version").orElseThrow().key()))
                .containsExactly("GET /version");
    }
}
