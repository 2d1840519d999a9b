package dev.pvecodegen.benchmarks.support;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * Answers as a Proxmox VE 9.2 server writes them: the {@code {"data": …}} envelope, booleans as 0/1, and some numbers
 * as strings (Perl scalars that were last used as text). Deterministic: a fixed seed, so every run decodes the same
 * bytes.
 */
public final class Payloads {
    private static final String[] NODES = {"pve1", "pve2", "pve3", "pve4", "pve5", "pve6", "pve7", "pve8"};
    private static final String[] TAGS = {"", "prod", "prod;web", "db;prod", "test", "k8s;worker"};
    private static final String[] POOLS = {"", "", "ops", "dev"};

    private Payloads() {}

    /** {@code GET /version}. */
    public static byte[] version() {
        return utf8("{\"data\":{\"version\":\"9.2.0\",\"release\":\"9.2\",\"repoid\":\"5b7c1a2f83e1f5c2\","
                + "\"console\":\"xtermjs\"}}");
    }

    /** {@code GET /nodes/{node}/qemu} of a node with {@code count} guests. */
    public static byte[] qemuList(int count) {
        return dataArray(count, (json, random, i) -> {
            boolean running = random.nextInt(10) < 8;
            long maxmem = (1L << (30 + random.nextInt(5)));
            json.append("{\"vmid\":")
                    .append(number(random, 100 + i))
                    .append(",\"name\":\"vm-")
                    .append(100 + i)
                    .append("\"")
                    .append(",\"status\":\"")
                    .append(running ? "running" : "stopped")
                    .append('"')
                    .append(",\"cpus\":")
                    .append(1 + random.nextInt(8))
                    .append(",\"cpu\":")
                    .append(running ? decimal(random.nextDouble() * 0.4) : "0")
                    .append(",\"maxmem\":")
                    .append(number(random, maxmem))
                    .append(",\"mem\":")
                    .append(running ? maxmem / 3 : 0)
                    .append(",\"maxdisk\":")
                    .append(number(random, (32L + random.nextInt(200)) << 30))
                    .append(traffic(random))
                    .append(",\"uptime\":")
                    .append(running ? random.nextInt(5_000_000) : 0)
                    .append(",\"template\":")
                    .append(random.nextInt(40) == 0 ? 1 : 0)
                    .append(",\"serial\":")
                    .append(random.nextInt(5) == 0 ? 1 : 0)
                    .append(",\"tags\":\"")
                    .append(TAGS[random.nextInt(TAGS.length)])
                    .append('"');
            if (running) {
                json.append(",\"pid\":")
                        .append(1000 + random.nextInt(900_000))
                        .append(",\"pressurecpusome\":")
                        .append(decimal(random.nextDouble()))
                        .append(",\"pressurecpufull\":0")
                        .append(",\"pressureiosome\":")
                        .append(decimal(random.nextDouble() / 10))
                        .append(",\"pressureiofull\":")
                        .append(decimal(random.nextDouble() / 20))
                        .append(",\"pressurememorysome\":0,\"pressurememoryfull\":0");
            }
            json.append('}');
        });
    }

    /**
     * {@code GET /cluster/resources} of a cluster with {@code count} entries: mostly guests, then storages, nodes,
     * pools and SDN zones, with the fields each type carries.
     */
    public static byte[] clusterResources(int count) {
        return dataArray(count, (json, random, i) -> {
            int kind = random.nextInt(100);
            String node = NODES[random.nextInt(NODES.length)];
            if (kind < 65) {
                guest(json, random, "qemu", node, 100 + i);
            } else if (kind < 88) {
                guest(json, random, "lxc", node, 100 + i);
            } else if (kind < 95) {
                storage(json, random, node, i);
            } else if (kind < 97) {
                node(json, random, node);
            } else if (kind < 99) {
                json.append("{\"id\":\"pool/pool")
                        .append(i)
                        .append("\",\"type\":\"pool\",\"pool\":\"pool")
                        .append(i)
                        .append("\"}");
            } else {
                json.append("{\"id\":\"sdn/")
                        .append(node)
                        .append("/zone")
                        .append(i)
                        .append("\",\"type\":\"sdn\",\"sdn\":\"zone")
                        .append(i)
                        .append("\",\"node\":\"")
                        .append(node)
                        .append("\",\"status\":\"ok\",\"zone-type\":\"simple\",\"network-type\":\"zone\"}");
            }
        });
    }

    /** Writes one entry of an answer's {@code data} array. */
    private interface EntryWriter {
        void write(StringBuilder json, Random random, int index);
    }

    private static byte[] dataArray(int count, EntryWriter entries) {
        Random random = new Random(92);
        StringBuilder json = new StringBuilder(count * 420 + 16).append("{\"data\":[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                json.append(',');
            }
            entries.write(json, random, i);
        }
        return utf8(json.append("]}").toString());
    }

    private static void guest(StringBuilder json, Random random, String type, String node, int vmid) {
        boolean running = random.nextInt(10) < 8;
        long maxmem = 1L << (29 + random.nextInt(6));
        json.append("{\"id\":\"")
                .append(type)
                .append('/')
                .append(vmid)
                .append('"')
                .append(",\"type\":\"")
                .append(type)
                .append('"')
                .append(",\"vmid\":")
                .append(number(random, vmid))
                .append(",\"name\":\"")
                .append(type.equals("qemu") ? "vm-" : "ct-")
                .append(vmid)
                .append('"')
                .append(",\"node\":\"")
                .append(node)
                .append('"')
                .append(",\"status\":\"")
                .append(running ? "running" : "stopped")
                .append('"')
                .append(",\"cpu\":")
                .append(running ? decimal(random.nextDouble() * 0.5) : "0")
                .append(",\"maxcpu\":")
                .append(1 + random.nextInt(16))
                .append(",\"mem\":")
                .append(running ? maxmem / 2 : 0)
                .append(",\"maxmem\":")
                .append(number(random, maxmem))
                .append(",\"disk\":")
                .append(type.equals("lxc") ? random.nextInt(1 << 30) : 0)
                .append(",\"maxdisk\":")
                .append(number(random, (8L + random.nextInt(500)) << 30))
                .append(traffic(random))
                .append(",\"uptime\":")
                .append(running ? random.nextInt(9_000_000) : 0)
                .append(",\"template\":")
                .append(random.nextInt(50) == 0 ? 1 : 0)
                .append(",\"tags\":\"")
                .append(TAGS[random.nextInt(TAGS.length)])
                .append('"');
        String pool = POOLS[random.nextInt(POOLS.length)];
        if (!pool.isEmpty()) {
            json.append(",\"pool\":\"").append(pool).append('"');
        }
        if (random.nextInt(4) == 0) {
            json.append(",\"hastate\":\"")
                    .append(running ? "started" : "stopped")
                    .append('"');
        }
        if (random.nextInt(30) == 0) {
            json.append(",\"lock\":\"backup\"");
        }
        json.append('}');
    }

    private static void storage(StringBuilder json, Random random, String node, int i) {
        boolean shared = random.nextBoolean();
        String storage = shared ? "ceph" + (i % 3) : "local-lvm";
        json.append("{\"id\":\"storage/")
                .append(node)
                .append('/')
                .append(storage)
                .append('"')
                .append(",\"type\":\"storage\",\"storage\":\"")
                .append(storage)
                .append('"')
                .append(",\"node\":\"")
                .append(node)
                .append("\",\"status\":\"available\"")
                .append(",\"plugintype\":\"")
                .append(shared ? "rbd" : "lvmthin")
                .append('"')
                .append(",\"content\":\"")
                .append(shared ? "images,rootdir" : "rootdir,images")
                .append('"')
                .append(",\"shared\":")
                .append(shared ? 1 : 0)
                .append(",\"disk\":")
                .append(random.nextLong() >>> 24)
                .append(",\"maxdisk\":")
                .append(number(random, random.nextLong() >>> 20))
                .append('}');
    }

    private static void node(StringBuilder json, Random random, String node) {
        json.append("{\"id\":\"node/")
                .append(node)
                .append("\",\"type\":\"node\",\"node\":\"")
                .append(node)
                .append("\",\"status\":\"online\",\"level\":\"\",\"cgroup-mode\":2,\"host-arch\":\"x86_64\"")
                .append(",\"cpu\":")
                .append(decimal(random.nextDouble()))
                .append(",\"maxcpu\":64,\"mem\":")
                .append(random.nextLong() >>> 26)
                .append(",\"maxmem\":")
                .append(number(random, 549_755_813_888L))
                .append(",\"memhost\":")
                .append(random.nextLong() >>> 26)
                .append(",\"disk\":")
                .append(random.nextLong() >>> 30)
                .append(",\"maxdisk\":")
                .append(100L << 30)
                .append(",\"uptime\":")
                .append(random.nextInt(90_000_000))
                .append('}');
    }

    /** The I/O counters every guest carries. */
    private static String traffic(Random random) {
        return ",\"diskread\":" + (random.nextLong() >>> 30) + ",\"diskwrite\":" + (random.nextLong() >>> 31)
                + ",\"netin\":" + (random.nextLong() >>> 32) + ",\"netout\":" + (random.nextLong() >>> 33);
    }

    /** One number in five written as a string, as Perl does for values it last treated as text. */
    private static String number(Random random, long value) {
        return random.nextInt(5) == 0 ? "\"" + value + "\"" : Long.toString(value);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
