package dev.pvecodegen.schema.infer;

import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.Parameter;
import java.util.Set;

/**
 * Body parameters of a {@code PUT} or {@code POST} that never come back in a read answer, so the symmetry rules do
 * not copy them. Two groups, decided once here:
 *
 * <ul>
 *   <li>controls of the call rather than settings: {@code delete} (settings to remove), {@code revert} (pending
 *       changes to drop), {@code skiplock}, {@code force}, {@code lock-token} (SDN's global lock),
 *       {@code moveto} (firewall rule position), {@code rename}, {@code append} (add to a list instead of
 *       replacing it), {@code allow-move} (pool membership) and {@code regenerate} (API token secret);
 *   <li>credentials, which the server keeps apart from the configuration ({@code /etc/pve/priv}) and does not
 *       return: {@code password}, {@code new-password}, {@code token}, {@code secret-key}, {@code keyring},
 *       {@code encryption-key}, {@code master-pubkey}.
 * </ul>
 *
 * <p>{@code digest} is deliberately copied for PVE: the read answer of a configuration carries the digest the update
 * expects back ({@code GET /storage/{storage}} answers with it, pve-storage {@code PVE/API2/Storage/Config.pm}).
 * PBS sends it beside {@code data} in the envelope instead ({@code rpcenv["digest"]}, proxmox-backup
 * {@code src/api2/config/prune.rs}), so there it is write-only.
 */
final class WriteOnlyParameters {

    static final Set<String> NAMES = Set.of(
            "delete",
            "revert",
            "skiplock",
            "force",
            "lock-token",
            "moveto",
            "rename",
            "append",
            "allow-move",
            "regenerate",
            "password",
            "new-password",
            "token",
            "secret-key",
            "keyring",
            "encryption-key",
            "master-pubkey");

    private WriteOnlyParameters() {}

    static boolean isWriteOnly(Parameter parameter, Dialect dialect) {
        return NAMES.contains(parameter.name())
                || (dialect == Dialect.PBS && parameter.name().equals("digest"));
    }
}
