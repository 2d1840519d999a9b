package dev.pvecodegen.simulator;

import static dev.pvecodegen.simulator.PveHttp.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainAndDeterminismTest {

    @TempDir
    Path temp;

    @Test
    void parsesTheStandaloneOptions() throws Exception {
        Path tokens = Files.writeString(temp.resolve("tokens"), "root@pam!ci=s3cret\n");
        SimulatorOptions options = Main.parse(
                List.of(
                        "--port",
                        "8443",
                        "--schema",
                        "pve-7.2",
                        "--http",
                        "--bind",
                        "0.0.0.0",
                        "--seed",
                        "42",
                        "--node",
                        "pve1",
                        "--node",
                        "pve2",
                        "--token-file",
                        tokens.toString(),
                        "--task-duration",
                        "10",
                        "--fault",
                        "/version=error:503:busy*2"),
                Map.of());
        assertThat(options.port()).isEqualTo(8443);
        assertThat(options.schema()).isEqualTo("pve-7.2");
        assertThat(options.https()).isFalse();
        assertThat(options.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.nodes()).containsExactly("pve1", "pve2");
        assertThat(options.tokens()).singleElement().satisfies(token -> {
            assertThat(token.userid()).isEqualTo("root@pam");
            assertThat(token.tokenid()).isEqualTo("ci");
        });
        assertThat(options.toString()).doesNotContain("s3cret").doesNotContain(SimulatorOptions.DEFAULT_ROOT_PASSWORD);
        assertThat(options.faults())
                .singleElement()
                .satisfies(rule -> assertThat(rule.times()).isEqualTo(2));
        assertThat(Main.parse(List.of("--help"), Map.of())).isNull();
        assertThatThrownBy(() -> Main.parse(List.of("--bogus"), Map.of())).hasMessageContaining("--bogus");
        assertThat(Main.parse(List.of(), Map.of()).port()).isEqualTo(8006);
    }

    @Test
    void sameSeedSameAnswersAndTheBannerShowsTheFingerprint() throws Exception {
        String first;
        String second;
        try (PveSimulator a = PveSimulator.start(TestModels.options().seed(99).build());
                PveSimulator b = PveSimulator.start(
                        TestModels.options().seed(99).https(false).build())) {
            first = transcript(new PveHttp(a).loginRoot());
            second = transcript(new PveHttp(b).loginRoot());
            ByteArrayOutputStream banner = new ByteArrayOutputStream();
            Main.printBanner(a, new PrintStream(banner, true, StandardCharsets.UTF_8));
            assertThat(banner.toString(StandardCharsets.UTF_8))
                    .contains(a.certificateSha256Fingerprint())
                    .contains(a.apiUri().toString());
            assertThat(a.certificateSha256Fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
            assertThatThrownBy(b::certificateSha256Fingerprint).isInstanceOf(IllegalStateException.class);
        }
        assertThat(first).isEqualTo(second);
    }

    private static String transcript(PveHttp http) throws Exception {
        http.awaitTask(http.post("/nodes/pve/qemu", form("vmid", "100", "net0", "virtio,bridge=vmbr0"))
                .data()
                .asText());
        return http.get("/nodes/pve/qemu/100/config").data().get("net0").asText() + "\n"
                + http.get("/cluster/ceph/status").data() + "\n"
                + http.get("/nodes/pve/apt/versions").data() + "\n"
                + http.post("/access/users/root@pam/token/t1", form())
                        .data()
                        .get("value")
                        .asText();
    }
}
