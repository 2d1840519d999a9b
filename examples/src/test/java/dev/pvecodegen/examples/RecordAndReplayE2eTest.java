package dev.pvecodegen.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.drift.DriftEntry;
import dev.pvecodegen.runtime.drift.DriftKind;
import dev.pvecodegen.simulator.PveSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, first stage: a client records what a cluster answers (no secret written), the cluster turns out to send
 * fields the schema does not declare, and a simulator replaying the recordings gives a test exactly those answers,
 * with the client's drift report naming the surprises.
 */
class RecordAndReplayE2eTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path recordings;

    @Test
    void recordsWithoutSecretsThenReplaysWhatTheClusterSent() throws IOException {
        String ticket;
        String tokenSecret;
        List<String> nodeNames;
        try (PveSimulator cluster = Simulators.start();
                PveClient client = Simulators.pinnedClient(cluster)
                        .password(Simulators.ROOT, Simulators.ROOT_PASSWORD)
                        .recordAnswers(recordings)
                        .build()) {
            Pve pve = new Pve(client);
            var version = pve.version().get();
            nodeNames = pve.nodes().get().stream().map(node -> node.node()).toList();
            ticket = client.execute(
                            ApiRequest.builder(HttpVerb.POST, "/access/ticket")
                                    .param("username", Simulators.ROOT)
                                    .param("password", Simulators.ROOT_PASSWORD)
                                    .build(),
                            JsonNode.class)
                    .get("ticket")
                    .asText();
            tokenSecret = client.execute(
                            ApiRequest.builder(HttpVerb.POST, "/access/users/{userid}/token/{tokenid}")
                                    .pathParam("userid", Simulators.ROOT)
                                    .pathParam("tokenid", "recorded")
                                    .param("privsep", false)
                                    .build(),
                            JsonNode.class)
                    .get("value")
                    .asText();
            assertThat(version.version()).isNotEmpty();
            assertThat(ticket).startsWith("PVE:root@pam:");
            assertThat(tokenSecret).hasSizeGreaterThan(30);
        }

        List<Path> files = files();
        assertThat(files)
                .extracting(f -> f.getFileName().toString())
                .containsExactly(
                        "000001-GET-version.json",
                        "000002-GET-nodes.json",
                        "000003-POST-access-ticket.json",
                        "000004-POST-access-users-root_40pam-token-recorded.json");
        for (Path file : files) {
            assertThat(Files.readString(file))
                    .doesNotContain(Simulators.ROOT_PASSWORD)
                    .doesNotContain(ticket)
                    .doesNotContain(tokenSecret);
        }

        // The real cluster sends what the schema does not declare.
        ObjectNode versionFile = (ObjectNode) JSON.readTree(files.get(0).toFile());
        ((ObjectNode) versionFile.get("data")).put("x-plugin-build", "2026.1");
        Files.writeString(files.get(0), JSON.writeValueAsString(versionFile));
        ObjectNode nodesFile = (ObjectNode) JSON.readTree(files.get(1).toFile());
        nodesFile.get("data").forEach(node -> ((ObjectNode) node).put("cpu-flags", "+aes"));
        Files.writeString(files.get(1), JSON.writeValueAsString(nodesFile));

        try (PveSimulator replay = PveSimulator.start(
                        Simulators.options().answers(recordings).build());
                PveClient client = Simulators.tokenClient(replay)) {
            Pve pve = new Pve(client);

            var version = pve.version().get();
            var nodes = pve.nodes().get();

            assertThat(replay.replay().size()).isEqualTo(2); // the POSTs are not replayed
            assertThat(version.version())
                    .isEqualTo(versionFile.at("/data/version").asText());
            assertThat(version.rawValue("x-plugin-build")).contains("2026.1");
            assertThat(nodes.stream().map(node -> node.node()).toList()).isEqualTo(nodeNames);
            // The simulator's own GET /nodes fields that PVE 9.2's schema lacks (cgroup-mode, …) may be there too.
            assertThat(client.drift().ofKind(DriftKind.UNDECLARED_FIELD))
                    .extracting(DriftEntry::operation, DriftEntry::field, DriftEntry::count)
                    .contains(
                            tuple("GET /nodes", "/*/cpu-flags", (long) nodeNames.size()),
                            tuple("GET /version", "/x-plugin-build", 1L));
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(recordings)) {
            return files.sorted().toList();
        }
    }
}
