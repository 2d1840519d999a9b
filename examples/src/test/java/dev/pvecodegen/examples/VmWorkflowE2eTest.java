package dev.pvecodegen.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.client.pve.NodesNodeQemuVmid;
import dev.pvecodegen.client.pve.model.ClusterResource;
import dev.pvecodegen.client.pve.model.CreateQemu;
import dev.pvecodegen.client.pve.model.CreateQemuSnapshot;
import dev.pvecodegen.client.pve.model.DiskDiscard;
import dev.pvecodegen.client.pve.model.GuestState;
import dev.pvecodegen.client.pve.model.QemuConfig;
import dev.pvecodegen.client.pve.model.QemuEntry;
import dev.pvecodegen.client.pve.model.QemuMemory;
import dev.pvecodegen.client.pve.model.QemuNet;
import dev.pvecodegen.client.pve.model.QemuOstype;
import dev.pvecodegen.client.pve.model.QemuScsi;
import dev.pvecodegen.client.pve.model.QemuScsihw;
import dev.pvecodegen.client.pve.model.QemuSnapshotEntry;
import dev.pvecodegen.client.pve.model.UpdateQemuConfig;
import dev.pvecodegen.runtime.ApiException;
import dev.pvecodegen.runtime.NotFoundException;
import dev.pvecodegen.runtime.task.Task;
import dev.pvecodegen.runtime.task.TaskResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The life of a VM as automation drives it, every step through the generated client. */
class VmWorkflowE2eTest extends SharedSimulatorTest {
    private static final String NODE = "pve";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static TaskResult await(Task task) {
        return task.await(TIMEOUT);
    }

    @Test
    void createConfigureStartSnapshotAndDestroy() {
        int vmid = nextVmid();
        NodesNodeQemuVmid vm = pve.nodes(NODE).qemu().vmid(vmid);

        // create, with property strings and two members of the net family
        TaskResult created = await(pve.nodes(NODE)
                .qemu()
                .post(CreateQemu.builder()
                        .vmid(vmid)
                        .name("web-1")
                        .ostype(QemuOstype.L26)
                        .sockets(1)
                        .cores(2)
                        .memory(QemuMemory.builder().current(1024).build())
                        .scsihw(QemuScsihw.VIRTIO_SCSI_SINGLE)
                        .scsi(
                                0,
                                QemuScsi.builder()
                                        .file("local-lvm:8")
                                        .discard(DiskDiscard.ON)
                                        .ssd(true)
                                        .build())
                        .net(
                                0,
                                QemuNet.builder()
                                        .model(QemuNet.Model.VIRTIO)
                                        .bridge("vmbr0")
                                        .firewall(true)
                                        .build())
                        .net(
                                1,
                                QemuNet.builder()
                                        .model(QemuNet.Model.E1000)
                                        .bridge("vmbr1")
                                        .tag(20)
                                        .build())
                        .tags(List.of("e2e", "web"))
                        .build()));
        assertThat(created.exitStatus()).isEqualTo("OK");
        assertThat(created.upid().type()).isEqualTo("qmcreate");
        assertThat(created.upid().id()).isEqualTo(String.valueOf(vmid));

        // read the typed config back: property strings parsed into objects, the disk allocated by the server
        QemuConfig config = vm.config().get();
        assertThat(config.name()).contains("web-1");
        assertThat(config.ostype()).contains(QemuOstype.L26);
        assertThat(config.cores()).contains(2L);
        assertThat(config.memory())
                .hasValueSatisfying(m -> assertThat(m.current()).isEqualTo(1024L));
        assertThat(config.net()).containsOnlyKeys(0, 1);
        assertThat(config.net().get(0).model()).isEqualTo(QemuNet.Model.VIRTIO);
        assertThat(config.net().get(0).bridge()).contains("vmbr0");
        assertThat(config.net().get(0).firewall()).contains(true);
        assertThat(config.net().get(0).macaddr())
                .hasValueSatisfying(mac -> assertThat(mac).matches("([0-9A-F]{2}:){5}[0-9A-F]{2}"));
        assertThat(config.net().get(1).tag()).contains(20);
        assertThat(config.scsi().get(0).file()).isEqualTo("local-lvm:vm-" + vmid + "-disk-0");
        assertThat(config.scsi().get(0).size()).contains("8G");
        assertThat(config.scsi().get(0).discard()).contains(DiskDiscard.ON);
        assertThat(config.tags()).hasValueSatisfying(tags -> assertThat(tags).contains("e2e", "web"));
        assertThat(config.digest()).isNotBlank();

        // configure: change a value, delete a family member, guarded by the digest
        vm.config()
                .put(UpdateQemuConfig.builder()
                        .cores(4)
                        .description("configured by the e2e test")
                        .delete(List.of("net1"))
                        .digest(config.digest())
                        .build());
        QemuConfig configured = vm.config().get();
        assertThat(configured.cores()).contains(4L);
        assertThat(configured.description()).contains("configured by the e2e test");
        assertThat(configured.net()).containsOnlyKeys(0);
        assertThat(configured.net().get(0)).isEqualTo(config.net().get(0));
        assertThat(configured.digest()).isNotEqualTo(config.digest());

        // a write based on the old digest is refused: somebody changed the config meanwhile
        assertThatThrownBy(() -> vm.config()
                        .put(UpdateQemuConfig.builder()
                                .cores(8)
                                .digest(config.digest())
                                .build()))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("detected modified configuration");

        // start and check it runs
        assertThat(await(vm.status().start().post()).upid().type()).isEqualTo("qmstart");
        assertThat(vm.status().current().get().status().wireValue()).isEqualTo("running");
        assertThat(pve.nodes(NODE).qemu().get())
                .filteredOn(item -> item.vmid() == vmid)
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.status()).isEqualTo(GuestState.RUNNING);
                    assertThat(item.name()).contains("web-1");
                    assertThat(item.maxmem()).contains(1024L * 1024 * 1024);
                });
        assertThat(pve.cluster().resources().get())
                .extracting(ClusterResource::id)
                .contains("qemu/" + vmid);

        // snapshot, list, delete
        await(vm.snapshot()
                .post(CreateQemuSnapshot.builder()
                        .snapname("before_upgrade")
                        .description("taken by the e2e test")
                        .build()));
        assertThat(vm.snapshot().get()).extracting(QemuSnapshotEntry::name).contains("before_upgrade", "current");
        await(vm.snapshot("before_upgrade").delete());
        assertThat(vm.snapshot().get()).extracting(QemuSnapshotEntry::name).doesNotContain("before_upgrade");

        // stop and destroy; afterwards the VM is gone, reported as not found
        await(vm.status().stop().post());
        assertThat(vm.status().current().get().status().wireValue()).isEqualTo("stopped");
        assertThat(await(vm.delete()).upid().type()).isEqualTo("qmdestroy");

        assertThatThrownBy(() -> vm.config().get()).isInstanceOf(NotFoundException.class);
        assertThat(pve.nodes(NODE).qemu().get()).extracting(QemuEntry::vmid).doesNotContain(vmid);
    }

    @Test
    void creatingAnExistingVmIdIsAConflictAndTheTaskIsNeverStarted() {
        int vmid = nextVmid();
        CreateQemu create = CreateQemu.builder().vmid(vmid).name("twice").build();
        await(pve.nodes(NODE).qemu().post(create));

        assertThatThrownBy(() -> pve.nodes(NODE).qemu().post(create))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("already exists");
    }
}
