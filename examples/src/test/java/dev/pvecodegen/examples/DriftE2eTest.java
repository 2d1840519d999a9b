package dev.pvecodegen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.client.pve.model.CreateQemu;
import dev.pvecodegen.client.pve.model.QemuNet;
import dev.pvecodegen.client.pve.model.QemuScsi;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.json.PveJson;
import dev.pvecodegen.simulator.PveSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift report over the generated client: answers that match the schema leave it empty, indexed family members
 * ({@code net0}, {@code scsi0}) included, because the generated classes declare their families; a property string
 * that arrives as a JSON object of its keys is read into its value class, and is no drift either.
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

    /**
     * pve-storage answers {@code prune-backups} as the hash it parsed (proxmox/pve-storage
     * {@code src/PVE/API2/Storage/Config.pm}: {@code read} returns {@code $api_storage_config}, which keeps the parsed
     * configuration); the supplement marks the format as also arriving in object form.
     */
    @Test
    void aPropertyStringSentAsAJsonObjectIsTypedAndNoDrift(@TempDir Path answers) throws IOException {
        Files.writeString(answers.resolve("storage.json"), """
                [{"method": "GET", "path": "/storage/backup-nfs",
                  "data": {"storage": "backup-nfs", "type": "nfs", "content": "backup",
                           "prune-backups": {"keep-last": 3, "keep-weekly": 2}}},
                 {"method": "GET", "path": "/storage",
                  "data": [{"storage": "backup-nfs", "type": "nfs", "content": "backup",
                            "prune-backups": {"keep-all": 1}}]}]
                """);
        try (PveSimulator replay =
                        PveSimulator.start(Simulators.options().answers(answers).build());
                PveClient client = Simulators.tokenClient(replay)) {
            Pve pve = new Pve(client);

            var config = pve.storage("backup-nfs").get();
            var entries = pve.storage().get();

            var prune = config.pruneBackups().orElseThrow();
            assertThat(prune.keepLast()).contains(3L);
            assertThat(prune.keepWeekly()).contains(2L);
            assertThat(config.additionalProperties()).doesNotContainKey("prune-backups"); // typed, not kept raw
            assertThat(entries.get(0).pruneBackups().orElseThrow().keepAll()).contains(true);
            assertThat(client.drift().isEmpty()).as(client.drift().toString()).isTrue();
            // Written back in the form it came in.
            assertThat(PveJson.newMapper().valueToTree(config).get("prune-backups"))
                    .isEqualTo(PveJson.newMapper().valueToTree(Map.of("keep-last", 3, "keep-weekly", 2)));
        }
    }
}
