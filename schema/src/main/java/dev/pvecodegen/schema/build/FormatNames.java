package dev.pvecodegen.schema.build;

import java.util.Set;

/** What a PVE format name tells about the Java type (format reference §5.1–5.3). */
final class FormatNames {

    /**
     * Registered property-string formats whose structure apidoc omits (§5.3): 17 with a {@code key=value}
     * typetext, plus {@code pve-qm-ide} and {@code pve-sdn-dhcp-range} which show no grammar at all.
     */
    static final Set<String> OPAQUE_PROPERTY_STRINGS = Set.of(
            "backup-fleecing",
            "backup-performance",
            "proxmox-remote",
            "prune-backups",
            "pve-qemu-sev-fmt",
            "pve-qemu-tdx-fmt",
            "pve-qm-boot",
            "pve-qm-cicustom",
            "pve-qm-hostpci",
            "pve-qm-ipconfig",
            "pve-qm-rng",
            "pve-qm-smbios1",
            "pve-qm-watchdog",
            "pve-startup-order",
            "pve-tfa-config",
            "pve-vm-cpu-conf",
            "realm-sync-options",
            "pve-qm-ide",
            "pve-sdn-dhcp-range");

    private FormatNames() {}

    static boolean isOpaquePropertyString(String name) {
        return OPAQUE_PROPERTY_STRINGS.contains(name);
    }

    /** {@code pve-vmid-list}: one string, elements joined with {@code ,}. */
    static boolean isList(String name) {
        return name.endsWith("-list") && name.length() > "-list".length();
    }

    /** {@code string-alist} (PVE 7): elements joined with NUL. */
    static boolean isNulList(String name) {
        return name.endsWith("-alist") && name.length() > "-alist".length();
    }

    /** The element format of a list format: {@code pve-vmid-list} → {@code pve-vmid}. */
    static String elementFormat(String name) {
        return name.substring(0, name.lastIndexOf('-'));
    }
}
