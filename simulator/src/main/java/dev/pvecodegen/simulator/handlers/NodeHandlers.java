package dev.pvecodegen.simulator.handlers;

import static dev.pvecodegen.schema.model.HttpMethod.GET;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.simulator.http.ApiError;
import dev.pvecodegen.simulator.http.Json;
import dev.pvecodegen.simulator.state.ClusterState;
import dev.pvecodegen.simulator.state.Guest;
import dev.pvecodegen.simulator.state.StoragePool;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Nodes, node status, the node certificate, and the cluster-wide views: resources, status, next id, version. */
final class NodeHandlers {
    static final long NODE_MEMORY = 64L * 1024 * 1024 * 1024;
    static final long NODE_DISK = 100L * 1024 * 1024 * 1024;
    static final int NODE_CPUS = 16;

    private final SimulatorContext context;
    private final ClusterState cluster;
    private final GuestStats stats;

    NodeHandlers(SimulatorContext context, GuestStats stats) {
        this.context = context;
        this.cluster = context.cluster();
        this.stats = stats;
    }

    void register(HandlerRegistry registry) {
        registry.register(GET, "/nodes", call -> Reply.of(nodes()))
                .register(GET, "/nodes/{node}/status", this::nodeStatus)
                .register(GET, "/nodes/{node}/certificates/info", call -> Reply.of(certificates()))
                .register(
                        GET,
                        "/cluster/resources",
                        call -> Reply.of(cluster.atomically(() -> resources(call.text("type")))))
                .register(GET, "/cluster/nextid", this::nextId)
                .register(GET, "/cluster/status", call -> Reply.of(clusterStatus()))
                .register(GET, "/version", call -> Reply.of(version()));
    }

    private ArrayNode nodes() {
        ArrayNode list = Json.array();
        for (String node : cluster.nodes()) {
            ObjectNode item = list.addObject();
            item.put("node", node);
            item.put("status", "online");
            item.put("cpu", 0.0123);
            item.put("level", "");
            item.put("maxcpu", NODE_CPUS);
            item.put("mem", usedNodeMemory(node));
            item.put("maxmem", NODE_MEMORY);
            item.put("disk", NODE_DISK / 5);
            item.put("maxdisk", NODE_DISK);
            item.put("uptime", 86_400 + context.now() % 3_600);
            item.put("id", "node/" + node);
            item.put("type", "node");
            item.put("cgroup-mode", 2);
            context.fingerprint().ifPresent(fp -> item.put("ssl_fingerprint", fp));
        }
        return list;
    }

    private Reply nodeStatus(ApiCall call) {
        String node = call.node();
        ObjectNode status = context.synthesizedObject(GET, "/nodes/{node}/status", Map.of("node", node));
        status.put("cpu", 0.0123);
        status.put("uptime", 86_400 + context.now() % 3_600);
        status.put("pveversion", "pve-manager/" + version().get("version").asText() + "/0123456789abcdef");
        status.put("kversion", "Linux 6.14.8-2-pve #1 SMP PREEMPT_DYNAMIC PMX 6.14.8-2 x86_64");
        ObjectNode memory = status.putObject("memory");
        long used = usedNodeMemory(node);
        memory.put("total", NODE_MEMORY);
        memory.put("used", used);
        memory.put("free", NODE_MEMORY - used);
        memory.put("available", NODE_MEMORY - used);
        ObjectNode rootfs = status.putObject("rootfs");
        rootfs.put("total", NODE_DISK);
        rootfs.put("used", NODE_DISK / 5);
        rootfs.put("free", NODE_DISK - NODE_DISK / 5);
        rootfs.put("avail", NODE_DISK - NODE_DISK / 5);
        ObjectNode cpuinfo = status.putObject("cpuinfo");
        cpuinfo.put("cpus", NODE_CPUS);
        cpuinfo.put("cores", NODE_CPUS / 2);
        cpuinfo.put("sockets", 1);
        cpuinfo.put("model", "Simulated CPU @ 3.00GHz");
        ObjectNode kernel = status.putObject("current-kernel");
        kernel.put("sysname", "Linux");
        kernel.put("release", "6.14.8-2-pve");
        kernel.put("version", "#1 SMP PREEMPT_DYNAMIC PMX 6.14.8-2");
        kernel.put("machine", "x86_64");
        ObjectNode boot = status.putObject("boot-info");
        boot.put("mode", "efi");
        boot.put("secureboot", 0);
        ArrayNode load = status.putArray("loadavg");
        load.add("0.12").add("0.08").add("0.05");
        return Reply.of(status);
    }

    private long usedNodeMemory(String node) {
        return cluster.atomically(() -> {
            long used = 2L * 1024 * 1024 * 1024;
            for (Guest guest : cluster.guests()) {
                if (guest.node().equals(node) && guest.status().equals("running")) {
                    used += stats.maxmem(guest) / 2;
                }
            }
            return used;
        });
    }

    private ArrayNode resources(Optional<String> type) {
        ArrayNode list = Json.array();
        boolean all = type.isEmpty();
        if (all || type.get().equals("node")) {
            for (ObjectNode node : iterable(nodes())) {
                node.remove("ssl_fingerprint");
                list.add(node);
            }
        }
        if (all || type.get().equals("vm")) {
            for (Guest guest : cluster.guests()) {
                list.add(stats.resource(guest));
            }
        }
        if (all || type.get().equals("storage")) {
            for (String node : cluster.nodes()) {
                for (StoragePool storage : cluster.storages()) {
                    ObjectNode item = list.addObject();
                    item.put("id", "storage/" + node + "/" + storage.id());
                    item.put("type", "storage");
                    item.put("storage", storage.id());
                    item.put("node", node);
                    item.put("status", "available");
                    item.put("plugintype", storage.type());
                    item.put("content", storage.content());
                    item.put("shared", storage.shared() ? 1 : 0);
                    item.put("disk", storage.used());
                    item.put("maxdisk", storage.total());
                }
            }
        }
        if (all || type.get().equals("pool")) {
            for (ClusterState.Pool pool : cluster.pools()) {
                ObjectNode item = list.addObject();
                item.put("id", "/pool/" + pool.poolid());
                item.put("type", "pool");
                item.put("pool", pool.poolid());
            }
        }
        return list;
    }

    private static Iterable<ObjectNode> iterable(ArrayNode array) {
        List<ObjectNode> items = new ArrayList<>();
        array.forEach(item -> items.add((ObjectNode) item));
        return items;
    }

    /** The real server answers the id as a string, although the schema says integer. */
    private Reply nextId(ApiCall call) {
        Optional<Long> wanted = call.integer("vmid");
        if (wanted.isPresent()) {
            if (cluster.vmidUsed(wanted.get().intValue())) {
                throw ApiError.parameter("vmid", "VM " + wanted.get() + " already exists");
            }
            return Reply.of(Long.toString(wanted.get()));
        }
        return Reply.of(Integer.toString(cluster.nextFreeVmid()));
    }

    private ArrayNode clusterStatus() {
        ArrayNode list = Json.array();
        if (cluster.nodes().size() > 1) {
            ObjectNode item = list.addObject();
            item.put("id", "cluster");
            item.put("type", "cluster");
            item.put("name", "simulator");
            item.put("nodes", cluster.nodes().size());
            item.put("quorate", 1);
            item.put("version", cluster.nodes().size());
        }
        int nodeid = 1;
        for (String node : cluster.nodes()) {
            ObjectNode item = list.addObject();
            item.put("id", "node/" + node);
            item.put("type", "node");
            item.put("name", node);
            item.put("nodeid", cluster.nodes().size() > 1 ? nodeid : 0);
            item.put("online", 1);
            item.put("local", node.equals(context.localNode()) ? 1 : 0);
            item.put("ip", "127.0.0." + nodeid);
            item.put("level", "");
            nodeid++;
        }
        return list;
    }

    private ObjectNode version() {
        String name = context.model().source().name();
        String release = name.replaceAll("^[a-z]+-", "").replaceAll("\\.json$", "");
        if (!release.matches("\\d+\\.\\d+")) {
            release = "9.2";
        }
        ObjectNode version = Json.object();
        version.put("version", release + ".0");
        version.put("release", release);
        version.put("repoid", "0123456789abcdef");
        return version;
    }

    private ArrayNode certificates() {
        ArrayNode list = Json.array();
        if (context.certificate().isEmpty()) {
            return list;
        }
        X509Certificate certificate = context.certificate().get();
        ObjectNode item = list.addObject();
        item.put("filename", "pve-ssl.pem");
        item.put("fingerprint", context.fingerprint().orElse(""));
        item.put("subject", certificate.getSubjectX500Principal().getName());
        item.put("issuer", certificate.getIssuerX500Principal().getName());
        item.put("notbefore", certificate.getNotBefore().toInstant().getEpochSecond());
        item.put("notafter", certificate.getNotAfter().toInstant().getEpochSecond());
        item.put("public-key-type", "rsaEncryption");
        item.put("public-key-bits", 2048);
        ArrayNode san = item.putArray("san");
        san.add("127.0.0.1").add("0:0:0:0:0:0:0:1").add("localhost").add(context.localNode());
        try {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            item.put("pem", "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n");
        } catch (CertificateEncodingException e) {
            throw ApiError.serverError("cannot encode certificate: " + e.getMessage());
        }
        return list;
    }
}
