package dev.pvecodegen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.client.pve.model.CreateQemu;
import dev.pvecodegen.client.pve.model.QemuNet;
import dev.pvecodegen.client.pve.model.QemuScsi;
import dev.pvecodegen.runtime.PveClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The drift report over the generated client: answers that match the schema leave it empty, indexed family members
 * ({@code net0}, {@code scsi0}) included, because the generated classes declare their families.
 */
class DriftE2eTest extends SharedSimulatorTest {
    private static final String NODE = "pve";
    private static final String CONFIG = "GET /nodes/{node}/qemu/{vmid}/config";

    @Test
    void aConfigWithDisksAndNicsIsNoDrift() {
        try (PveClient client = Simulators.tokenClient(simulator)) {
            Pve mine = new Pve(client);
            int vmid = nextVmid();
            mine.nodes(NODE)
                    .qemu()
                    .post(CreateQemu.builder()
                            .vmid(vmid)
                            .name("drift")
                            .scsi(0, QemuScsi.parse("local-lvm:8"))
                            .net(
                                    0,
                                    QemuNet.builder()
                                            .model(QemuNet.Model.VIRTIO)
                                            .bridge("vmbr0")
                                            .build())
                            .net(
                                    1,
                                    QemuNet.builder()
                                            .model(QemuNet.Model.E1000)
                                            .bridge("vmbr0")
                                            .build())
                            .build())
                    .await(Duration.ofSeconds(30));

            var config = mine.nodes(NODE).qemu(vmid).config().get();

            assertThat(config.net()).containsOnlyKeys(0, 1);
            assertThat(config.scsi()).containsOnlyKeys(0);
            assertThat(config.additionalProperties()).containsKeys("net0", "net1", "scsi0"); // how families are kept
            assertThat(client.drift().forOperation(CONFIG))
                    .as(client.drift().toString())
                    .isEmpty();
        }
    }
}
