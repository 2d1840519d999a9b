package dev.pvecodegen.simulator.handlers;

import dev.pvecodegen.simulator.state.ClusterState;
import dev.pvecodegen.simulator.state.Guest;
import dev.pvecodegen.simulator.state.SeededIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the real server does to config values on the way into the config file: new disks given as
 * {@code STORAGE:SIZE} are allocated ({@code local-lvm:vm-100-disk-0,size=32G}), NICs without a MAC get one, and
 * parameters that steer the call rather than describe the guest are left out.
 */
final class GuestConfigs {
    /** Parameters of create/config calls that are not config keys. */
    static final Set<String> NOT_CONFIG = Set.of(
            "node",
            "vmid",
            "pool",
            "start",
            "storage",
            "archive",
            "force",
            "unique",
            "live-restore",
            "password",
            "ssh-public-keys",
            "ostemplate",
            "ignore-unpack-errors",
            "restore",
            "digest",
            "delete",
            "revert",
            "skiplock",
            "background_delay",
            "bwlimit",
            "import-working-storage",
            "ha-managed");

    private static final Pattern QEMU_DISK = Pattern.compile("(?:ide|sata|scsi|virtio)\\d+|efidisk0|tpmstate0");
    private static final Pattern LXC_DISK = Pattern.compile("rootfs|mp\\d+");
    private static final Pattern NEW_VOLUME = Pattern.compile("([a-z][a-z0-9\\-_.]*[a-z0-9]):(\\d+(?:\\.\\d+)?)");
    private static final Pattern QEMU_NET = Pattern.compile("net\\d+");
    private static final Set<String> NIC_MODELS = Set.of(
            "e1000",
            "e1000-82540em",
            "e1000-82544gc",
            "e1000-82545em",
            "e1000e",
            "i82551",
            "i82557b",
            "i82559er",
            "ne2k_isa",
            "ne2k_pci",
            "pcnet",
            "rtl8139",
            "virtio",
            "vmxnet3");

    private GuestConfigs() {}

    static boolean isDisk(Guest.Kind kind, String key) {
        return (kind == Guest.Kind.QEMU ? QEMU_DISK : LXC_DISK).matcher(key).matches();
    }

    /** The value as stored: allocates new volumes and assigns MAC addresses. */
    static String store(ClusterState cluster, Guest guest, String key, String value) {
        if (isDisk(guest.kind(), key)) {
            return allocateIfNew(cluster, guest, key, value);
        }
        if (QEMU_NET.matcher(key).matches()) {
            return guest.kind() == Guest.Kind.QEMU ? qemuNic(value, cluster.ids()) : lxcNic(value, cluster.ids());
        }
        return value;
    }

    private static String allocateIfNew(ClusterState cluster, Guest guest, String key, String value) {
        List<String> parts = new ArrayList<>(List.of(value.split(",")));
        int fileIndex = -1;
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (!part.contains("=") || part.startsWith("file=") || part.startsWith("volume=")) {
                fileIndex = i;
                break;
            }
        }
        if (fileIndex < 0) {
            return value;
        }
        String file = parts.get(fileIndex).replaceFirst("^(file|volume)=", "");
        Matcher volume = NEW_VOLUME.matcher(file);
        if (!volume.matches() || value.contains("media=cdrom")) {
            return value;
        }
        double gib = Double.parseDouble(volume.group(2));
        String content = guest.kind() == Guest.Kind.QEMU ? "images" : "rootdir";
        String volid = cluster.allocateDisk(volume.group(1), guest.vmid(), gib == 0 ? 0.004 : gib, content);
        parts.set(fileIndex, volid);
        parts.removeIf(part -> part.startsWith("size="));
        String size = gib == Math.rint(gib) ? (long) gib + "G" : Math.round(gib * 1024) + "M";
        if (key.equals("efidisk0")) {
            size = "4M";
        } else if (key.equals("tpmstate0")) {
            size = "4M";
        }
        parts.add("size=" + size);
        return String.join(",", parts);
    }

    /** {@code virtio,bridge=vmbr0} → {@code virtio=BC:24:11:…,bridge=vmbr0}. */
    static String qemuNic(String value, SeededIds ids) {
        List<String> parts = new ArrayList<>(List.of(value.split(",")));
        boolean hasMac = parts.stream()
                .anyMatch(p -> p.startsWith("macaddr=")
                        || (p.contains("=") && NIC_MODELS.contains(p.substring(0, p.indexOf('=')))));
        if (hasMac) {
            return value;
        }
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            String model = part.startsWith("model=") ? part.substring("model=".length()) : part;
            if (NIC_MODELS.contains(model)) {
                parts.set(i, model + "=" + ids.macAddress());
                return String.join(",", parts);
            }
        }
        return value;
    }

    /** {@code name=eth0,bridge=vmbr0,ip=dhcp} gains {@code hwaddr} and {@code type=veth}. */
    static String lxcNic(String value, SeededIds ids) {
        String stored = value;
        if (!stored.contains("hwaddr=")) {
            stored = stored + ",hwaddr=" + ids.macAddress();
        }
        if (!stored.contains("type=")) {
            stored = stored + ",type=veth";
        }
        return stored;
    }

    /** {@code order=scsi0;ide2;net0}: the boot order the real server writes when none is given. */
    static String defaultBootOrder(Map<String, String> config) {
        List<String> devices = new ArrayList<>();
        for (String prefix : List.of("scsi", "sata", "virtio", "ide", "net")) {
            config.keySet().stream()
                    .filter(k -> k.matches(prefix + "\\d+"))
                    .sorted()
                    .forEach(devices::add);
        }
        return "order=" + String.join(";", devices);
    }

    /** The volume id inside a disk value, if any ({@code local-lvm:vm-100-disk-0,size=32G} → the volid). */
    static String volumeOf(String diskValue) {
        for (String part : diskValue.split(",", -1)) {
            if (!part.contains("=") || part.startsWith("file=") || part.startsWith("volume=")) {
                return part.replaceFirst("^(file|volume)=", "");
            }
        }
        return "";
    }
}
