package dev.pvecodegen.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.client.pve.model.CreatePool;
import dev.pvecodegen.client.pve.model.CreateQemu;
import dev.pvecodegen.client.pve.model.QemuNet;
import dev.pvecodegen.client.pve.model.QemuOstype;
import dev.pvecodegen.runtime.ApiException;
import dev.pvecodegen.runtime.ApiFormat;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.simulator.PveSimulator;
import dev.pvecodegen.testkit.PveSimulatorTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bad arguments: what the generated builders catch before sending (with the parameter's name), and what only the
 * server can judge, surfaced per parameter from the server's {@code errors} map, in both API formats.
 */
@PveSimulatorTest(setup = Simulators.E2eToken.class)
class ValidationE2eTest {
    private static PveSimulator simulator;

    @BeforeAll
    static void start(PveSimulator started) {
        simulator = started;
    }

    private static PveClient client(ApiFormat format) {
        return Simulators.pinnedClient(simulator)
                .apiToken(Simulators.TOKEN_ID, Simulators.TOKEN_SECRET)
                .format(format)
                .build();
    }

    @Test
    void builderChecksFailFastWithTheParameterName() {
        assertThatThrownBy(() -> CreateQemu.builder().name("no-vmid").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vmid");
        assertThatThrownBy(() -> CreateQemu.builder().vmid(100).cores(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cores");
        assertThatThrownBy(() -> CreateQemu.builder()
                        .net(32, QemuNet.builder().model(QemuNet.Model.VIRTIO).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("net");
        assertThatThrownBy(() ->
                        QemuNet.builder().model(QemuNet.Model.VIRTIO).tag(4095).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tag");
    }

    @ParameterizedTest
    @EnumSource(ApiFormat.class)
    void serverSideProblemsComeBackPerParameter(ApiFormat format) {
        try (PveClient client = client(format)) {
            Pve pve = new Pve(client);
            CreateQemu request = CreateQemu.builder()
                    .vmid(4242)
                    // an open enum lets a value unknown to this client through; the server judges it
                    .ostype(QemuOstype.of("windows98"))
                    .net(
                            0,
                            QemuNet.builder()
                                    .model(QemuNet.Model.VIRTIO)
                                    .bridge("vmbr0")
                                    .raw("speed", "fast")
                                    .build())
                    .build();

            assertThatThrownBy(() -> pve.nodes("pve").qemu().post(request))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.errors()).containsOnlyKeys("ostype", "net0");
                        assertThat(e.error("net0"))
                                .hasValueSatisfying(text -> assertThat(text).contains("speed"));
                        assertThat(e.operation()).contains("POST /nodes/pve/qemu");
                    })
                    .hasMessageContaining("ostype: ")
                    .hasMessageContaining("net0: ");
        }
        assertThat(simulator.cluster().guests()).noneMatch(guest -> guest.vmid() == 4242);
    }

    @Test
    void aPatternTheServerEnforcesIsReportedForThatParameter() {
        try (PveClient client = client(ApiFormat.EXTJS)) {
            Pve pve = new Pve(client);

            assertThatThrownBy(() -> pve.pools()
                            .post(CreatePool.builder()
                                    .poolid("no spaces/slashes")
                                    .build()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.errors()).containsOnlyKeys("poolid");
                    });
        }
    }
}
