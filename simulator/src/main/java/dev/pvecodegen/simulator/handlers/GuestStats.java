package dev.pvecodegen.simulator.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.simulator.http.Json;
import dev.pvecodegen.simulator.state.Guest;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runtime figures of a guest derived from its config (memory, cores, disk sizes) and power state, in the shapes
 * of {@code /cluster/resources} rows, guest list rows and {@code status/current}.
 */
final class GuestStats {
    private static final long MIB = 1024L * 1024;
    private static final long GIB = 1024 * MIB;
    private static final Pattern SIZE = Pattern.compile("(?:^|,)size=(\\d+(?:\\.\\d+)?)([KMGT]?)");
    private static final Pattern DISK_KEY =
            Pattern.compile("(?:ide|sata|scsi|virtio|efidisk|tpmstate)\\d+|rootfs|mp\\d+");

    private final Clock clock;

    GuestStats(Clock clock) {
        this.clock = clock;
    }

    long maxmem(Guest guest) {
        String memory = guest.config().getOrDefault("memory", guest.kind() == Guest.Kind.QEMU ? "2048" : "512");
        String current = memory.replaceAll(".*current=", "").replaceAll(",.*", "");
        try {
            return Long.parseLong(current) * MIB;
        } catch (NumberFormatException e) {
            return 2048 * MIB;
        }
    }

    int cpus(Guest guest) {
        Map<String, String> config = guest.config();
        int cores = parseInt(config.get("cores"), guest.kind() == Guest.Kind.QEMU ? 1 : 0);
        if (guest.kind() == Guest.Kind.LXC) {
            return cores == 0 ? 2 : cores;
        }
        return cores * parseInt(config.get("sockets"), 1);
    }

    long maxdisk(Guest guest) {
        long largest = 0;
        for (Map.Entry<String, String> entry : guest.config().entrySet()) {
            if (DISK_KEY.matcher(entry.getKey()).matches()) {
                largest = Math.max(largest, size(entry.getValue()));
            }
        }
        return largest;
    }

    static long size(String diskValue) {
        Matcher matcher = SIZE.matcher(diskValue);
        if (!matcher.find()) {
            return 0;
        }
        double number = Double.parseDouble(matcher.group(1));
        long unit = switch (matcher.group(2)) {
            case "K" -> 1024L;
            case "M" -> MIB;
            case "G" -> GIB;
            case "T" -> 1024 * GIB;
            default -> 1L;
        };
        return (long) (number * unit);
    }

    /** A row of {@code GET /cluster/resources} for a guest. */
    ObjectNode resource(Guest guest) {
        ObjectNode row = common(guest);
        row.put("id", guest.kind().path + "/" + guest.vmid());
        row.put("type", guest.kind().path);
        row.put("node", guest.node());
        row.put("maxcpu", cpus(guest));
        row.put("template", guest.config().getOrDefault("template", "0").equals("1") ? 1 : 0);
        guest.pool().ifPresent(pool -> row.put("pool", pool));
        return row;
    }

    /** A row of {@code GET /nodes/{node}/qemu|lxc}. */
    ObjectNode listEntry(Guest guest) {
        ObjectNode row = common(guest);
        row.put("cpus", cpus(guest));
        if (guest.kind() == Guest.Kind.LXC) {
            row.put("type", "lxc");
            row.put("maxswap", 512 * MIB);
            row.put("swap", 0);
        }
        if (!guest.status().equals("stopped")) {
            row.put("pid", 10_000 + guest.vmid());
        }
        return row;
    }

    /** {@code GET …/status/current}. */
    ObjectNode current(Guest guest) {
        ObjectNode status = listEntry(guest);
        status.putObject("ha").put("managed", 0);
        if (guest.kind() == Guest.Kind.QEMU) {
            status.put("qmpstatus", guest.status());
            status.put("agent", guest.config().getOrDefault("agent", "0").startsWith("1") ? 1 : 0);
            if (!guest.status().equals("stopped")) {
                status.put("running-machine", "pc-i440fx-10.0+pve0");
                status.put("running-qemu", "10.0.2");
            }
        }
        return status;
    }

    private ObjectNode common(Guest guest) {
        ObjectNode row = Json.object();
        boolean running = guest.status().equals("running") || guest.status().equals("paused");
        long maxmem = maxmem(guest);
        row.put("vmid", guest.vmid());
        row.put(
                "name",
                guest.config()
                        .getOrDefault(
                                guest.kind() == Guest.Kind.QEMU ? "name" : "hostname",
                                (guest.kind() == Guest.Kind.QEMU ? "VM" : "CT") + guest.vmid()));
        row.put("status", guest.status().equals("paused") ? "running" : guest.status());
        row.put("uptime", running ? uptime(guest) : 0);
        if (running) {
            row.put("cpu", 0.0125);
        } else {
            row.put("cpu", 0);
        }
        row.put("maxmem", maxmem);
        row.put("mem", running ? maxmem / 2 : 0);
        row.put("maxdisk", maxdisk(guest));
        row.put("disk", 0);
        row.put("netin", running ? 1_024 * uptime(guest) : 0);
        row.put("netout", running ? 512 * uptime(guest) : 0);
        row.put("diskread", running ? 4_096 * uptime(guest) : 0);
        row.put("diskwrite", running ? 2_048 * uptime(guest) : 0);
        String lock = guest.config().get("lock");
        if (lock != null) {
            row.put("lock", lock);
        }
        String tags = guest.config().get("tags");
        if (tags != null) {
            row.put("tags", tags);
        }
        if (guest.config().getOrDefault("template", "0").equals("1")) {
            row.put("template", 1);
        }
        return row;
    }

    private long uptime(Guest guest) {
        return guest.uptimeSeconds(clock.millis());
    }

    private static int parseInt(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
