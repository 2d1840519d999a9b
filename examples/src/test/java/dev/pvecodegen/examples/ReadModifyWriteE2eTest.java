package dev.pvecodegen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.client.pve.NodesNodeQemuVmid;
import dev.pvecodegen.client.pve.model.CreateQemu;
import dev.pvecodegen.client.pve.model.DiskCache;
import dev.pvecodegen.client.pve.model.GuestState;
import dev.pvecodegen.client.pve.model.QemuConfig;
import dev.pvecodegen.client.pve.model.QemuNet;
import dev.pvecodegen.client.pve.model.QemuScsi;
import dev.pvecodegen.client.pve.model.UpdateQemuConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Read a VM's disks and NICs, change them, write them back: the values a config answers with are the values an
 * update takes (one class per disk and NIC format), and requests and values can be compared, printed and
 * rebuilt.
 */
class ReadModifyWriteE2eTest extends SharedSimulatorTest {
    private static final String NODE = "pve";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void disksAndNicsReadFromAConfigAreChangedAndWrittenBack() {
        int vmid = nextVmid();
        pve.nodes(NODE)
                .qemu()
                .post(CreateQemu.builder()
                        .vmid(vmid)
                        .name("rmw")
                        .scsi(0, QemuScsi.parse("local-lvm:8"))
                        .scsi(
                                1,
                                QemuScsi.builder().file("local-lvm:4").ssd(true).build())
                        .net(
                                0,
                                QemuNet.builder()
                                        .model(QemuNet.Model.VIRTIO)
                                        .bridge("vmbr0")
                                        .build())
                        .build())
                .await(TIMEOUT);
        NodesNodeQemuVmid vm = pve.nodes(NODE).qemu(vmid);
        QemuConfig before = vm.config().get();

        // read: the disk the server allocated and the NIC with the MAC it chose, as typed values
        QemuScsi disk = before.scsi().get(0);
        QemuNet nic = before.net().get(0);
        assertThat(disk.file()).isEqualTo("local-lvm:vm-" + vmid + "-disk-0");
        assertThat(nic.macaddr()).isPresent();

        // modify and write back the very values read, through the update request
        QemuScsi cached =
                disk.toBuilder().cache(DiskCache.WRITEBACK).backup(false).build();
        QemuNet moved = nic.toBuilder().bridge("vmbr1").firewall(true).tag(30).build();
        UpdateQemuConfig update = UpdateQemuConfig.builder()
                .scsi(0, cached)
                .scsi(1, before.scsi().get(1))
                .net(0, moved)
                .digest(before.digest())
                .build();
        vm.config().put(update);

        // read again: the changes are there, the untouched disk is unchanged, the MAC kept
        QemuConfig after = vm.config().get();
        assertThat(after.scsi()).containsOnlyKeys(0, 1);
        assertThat(after.scsi().get(0)).isEqualTo(cached);
        assertThat(after.scsi().get(0).cache()).contains(DiskCache.WRITEBACK);
        assertThat(after.scsi().get(0).backup()).contains(false);
        assertThat(after.scsi().get(0).size()).isEqualTo(disk.size());
        assertThat(after.scsi().get(1)).isEqualTo(before.scsi().get(1));
        assertThat(after.net().get(0)).isEqualTo(moved);
        assertThat(after.net().get(0).macaddr()).isEqualTo(nic.macaddr());
        assertThat(after.net().get(0).bridge()).contains("vmbr1");
        assertThat(after).isNotEqualTo(before);
        assertThat(vm.config().get()).isEqualTo(after).hasSameHashCodeAs(after);
        assertThat(vm.status().current().get().status()).isEqualTo(GuestState.STOPPED);

        // the request is a value: rebuilt from itself it is equal, and it prints what it sends
        assertThat(update.toBuilder().build()).isEqualTo(update);
        assertThat(update.scsi()).isEqualTo(Map.of(0, cached, 1, before.scsi().get(1)));
        assertThat(update.toString()).startsWith("UpdateQemuConfig{").contains("net0=" + moved.wireValue());
    }
}
