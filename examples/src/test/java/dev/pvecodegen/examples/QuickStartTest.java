package dev.pvecodegen.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.client.pve.model.ApiTokenEntry;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.simulator.PveSimulator;
import dev.pvecodegen.testkit.PveSimulatorTest;
import dev.pvecodegen.testkit.SimulatorClients;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's program, run against a fresh simulator: what it prints, what it leaves, what it never shows. */
@PveSimulatorTest(setup = Simulators.E2eToken.class, lifecycle = PveSimulatorTest.Lifecycle.PER_METHOD)
class QuickStartTest {
    private PveSimulator simulator;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @BeforeEach
    void start(PveSimulator started) {
        simulator = started;
    }

    private DemoTarget pinnedTarget() {
        return new DemoTarget(
                simulator.baseUri().getAuthority(),
                Simulators.ROOT_PASSWORD,
                Optional.of(simulator.certificateSha256Fingerprint()),
                Optional.empty());
    }

    private static QuickStartOptions options(String... args) {
        return QuickStartOptions.parse(args, Map.of());
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsTheWholeFlowAndLeavesARunningVmAndTheToken() {
        int vmid = new QuickStart(pinnedTarget(), options(), out).run();

        assertThat(output())
                .contains(
                        "1. Log in as root@pam",
                        "logged in to Proxmox VE 9.2",
                        "2. Create the API token root@pam!automation",
                        "secret received (not printed",
                        "3. Connect with the token, pinning the certificate "
                                + simulator.certificateSha256Fingerprint(),
                        "STATUS  NODE  LEVEL  TYPE  ID",
                        "online  pve",
                        "node/pve",
                        "net0: virtio,bridge=vmbr0",
                        "scsi0: local-lvm:32",
                        "task finished: OK",
                        "quickstart-" + vmid,
                        "running",
                        "volume local-lvm:vm-" + vmid + "-disk-0, size 32G",
                        "model virtio, MAC ",
                        "bridge vmbr0");
        try (PveClient client = Simulators.tokenClient(simulator)) {
            assertThat(new Pve(client).access().users("root@pam").token().get())
                    .extracting(ApiTokenEntry::tokenid)
                    .containsExactlyInAnyOrder("automation", Simulators.TOKEN_NAME, SimulatorClients.TOKEN_NAME);
        }
        assertThat(simulator.cluster().findGuest(vmid))
                .hasValueSatisfying(guest -> assertThat(guest.status()).isEqualTo("running"));
    }

    @Test
    void neverPrintsAPasswordOrTheTokenSecret() {
        new QuickStart(pinnedTarget(), options(), out).run();

        assertThat(output())
                .doesNotContain(Simulators.ROOT_PASSWORD)
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .doesNotContain("PVE:root@pam")
                .doesNotContain("PVEAPIToken");
    }

    @Test
    void theInsecureAlternativeWorksWithoutAFingerprint() {
        DemoTarget unpinned = new DemoTarget(
                simulator.baseUri().getAuthority(), Simulators.ROOT_PASSWORD, Optional.empty(), Optional.empty());

        new QuickStart(unpinned, options("--insecure", "--token-name", "lab"), out).run();

        assertThat(output()).contains("certificate NOT verified (--insecure)", "root@pam!lab");
    }

    @Test
    void anExistingTokenIsNeverReplacedSilently() {
        new QuickStart(pinnedTarget(), options(), out).run();

        assertThatThrownBy(() -> new QuickStart(pinnedTarget(), options(), out).run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already exists")
                .hasMessageContaining("pveum user token remove root@pam automation");
    }
}
