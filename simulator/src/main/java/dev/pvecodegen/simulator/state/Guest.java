package dev.pvecodegen.simulator.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A QEMU VM or LXC container: its config as the config file holds it (key → wire text), its power state and its
 * snapshots. Mutable; guarded by {@link ClusterState}'s lock.
 */
public final class Guest {

    /** The two guest kinds, with the names used in paths, resources and config file locations. */
    public enum Kind {
        QEMU("qemu", "qemu-server"),
        LXC("lxc", "lxc");

        public final String path;
        public final String configDir;

        Kind(String path, String configDir) {
            this.path = path;
            this.configDir = configDir;
        }
    }

    /** A snapshot: a frozen copy of the config. */
    public record Snapshot(
            String name,
            String description,
            long snaptime,
            boolean vmstate,
            String parent,
            Map<String, String> config) {
        public Snapshot {
            config = Map.copyOf(config);
        }
    }

    final int vmid;
    final Kind kind;
    String node;
    final Map<String, String> config = new LinkedHashMap<>();
    final Map<String, Snapshot> snapshots = new LinkedHashMap<>();
    String status = "stopped";
    long startedAtMillis;
    String pool;

    Guest(int vmid, Kind kind, String node) {
        this.vmid = vmid;
        this.kind = kind;
        this.node = node;
    }

    public int vmid() {
        return vmid;
    }

    public Kind kind() {
        return kind;
    }

    public String node() {
        return node;
    }

    public String status() {
        return status;
    }

    public Map<String, String> config() {
        return Collections.unmodifiableMap(config);
    }

    /** The {@code digest} of the current config: SHA-1 of the file text, as the real server computes it. */
    public String digest() {
        StringBuilder file = new StringBuilder();
        new TreeMap<>(config)
                .forEach((key, value) ->
                        file.append(key).append(": ").append(value).append('\n'));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1")
                            .digest(file.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String configPath() {
        return "nodes/" + node + "/" + kind.configDir + "/" + vmid + ".conf";
    }

    public Optional<String> pool() {
        return Optional.ofNullable(pool);
    }

    public Optional<String> lock() {
        return Optional.ofNullable(config.get("lock"));
    }

    /** Moves the guest to another node (the end of a migration). */
    public void moveTo(String targetNode) {
        node = targetNode;
    }

    public void setConfig(String key, String value) {
        config.put(key, value);
    }

    public void removeConfig(String key) {
        config.remove(key);
    }

    /** Changes the power state; {@code running} restarts the uptime clock. */
    public void setStatus(String newStatus, long nowMillis) {
        if (newStatus.equals("running") && !status.equals("running") && !status.equals("paused")) {
            startedAtMillis = nowMillis;
        }
        status = newStatus;
    }

    public Map<String, Snapshot> snapshots() {
        return Collections.unmodifiableMap(snapshots);
    }

    public void addSnapshot(Snapshot snapshot) {
        snapshots.put(snapshot.name(), snapshot);
    }

    public void removeSnapshot(String name) {
        snapshots.remove(name);
    }

    public long uptimeSeconds(long nowMillis) {
        return !status.equals("stopped") ? Math.max(1, (nowMillis - startedAtMillis) / 1000) : 0;
    }
}
