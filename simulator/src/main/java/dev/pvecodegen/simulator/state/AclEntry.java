package dev.pvecodegen.simulator.state;

import java.util.Objects;

/**
 * One access control entry: {@code role} for a user or token id ({@code alice@pve}, {@code root@pam!ci}) on
 * {@code path}, inherited by sub-paths when {@code propagate}.
 */
public record AclEntry(String path, String ugid, String roleid, boolean propagate) {
    public AclEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(ugid, "ugid");
        Objects.requireNonNull(roleid, "roleid");
    }

    /** True when this entry applies to {@code target} (itself, or a sub-path when propagating). */
    boolean covers(String target) {
        if (target.equals(path)) {
            return true;
        }
        if (!propagate) {
            return false;
        }
        return path.equals("/") || target.startsWith(path + "/");
    }

    /**
     * A simplified view of the built-in roles: NoAccess grants nothing, PVEAuditor only {@code *.Audit},
     * PVEVMUser the console, power and backup privileges; every other role grants everything.
     */
    boolean grants(String privilege) {
        return switch (roleid) {
            case "NoAccess" -> false;
            case "PVEAuditor" -> privilege.endsWith(".Audit");
            case "PVEVMUser" ->
                privilege.equals("VM.Audit")
                        || privilege.equals("VM.Console")
                        || privilege.equals("VM.PowerMgmt")
                        || privilege.equals("VM.Backup")
                        || privilege.equals("VM.Config.CDROM")
                        || privilege.equals("VM.Config.Cloudinit");
            default -> true;
        };
    }
}
