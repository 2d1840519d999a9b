package dev.pvecodegen.simulator.handlers;

import static dev.pvecodegen.schema.model.HttpMethod.DELETE;
import static dev.pvecodegen.schema.model.HttpMethod.GET;
import static dev.pvecodegen.schema.model.HttpMethod.POST;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.simulator.http.Json;
import dev.pvecodegen.simulator.state.ClusterState;
import dev.pvecodegen.simulator.state.StoragePool;
import dev.pvecodegen.simulator.task.TaskService;
import java.util.Optional;

/** Storage configuration, per-node storage status and volume listings, from the simulated volumes. */
final class StorageHandlers {
    private static final long MIB = 1024L * 1024;

    private final ClusterState cluster;
    private final TaskService tasks;

    StorageHandlers(ClusterState cluster, TaskService tasks) {
        this.cluster = cluster;
        this.tasks = tasks;
    }

    void register(HandlerRegistry registry) {
        registry.register(GET, "/storage", call -> Reply.of(configs(call.text("type"))))
                .register(
                        GET, "/storage/{storage}", call -> Reply.of(config(cluster.storage(call.required("storage")))))
                .register(GET, "/nodes/{node}/storage", call -> Reply.of(statuses(call.text("content"))))
                .register(
                        GET,
                        "/nodes/{node}/storage/{storage}/status",
                        call -> Reply.of(status(cluster.storage(call.required("storage")))))
                .register(
                        GET,
                        "/nodes/{node}/storage/{storage}/content",
                        call -> Reply.of(content(
                                cluster.storage(call.required("storage")), call.text("content"), call.integer("vmid"))))
                .register(POST, "/nodes/{node}/storage/{storage}/content", this::allocate)
                .register(GET, "/nodes/{node}/storage/{storage}/content/{volume}", this::attributes)
                .register(DELETE, "/nodes/{node}/storage/{storage}/content/{volume}", this::free);
    }

    /** {@code size} is {@code \d+[MG]?}: kibibytes without a unit, as the real server reads it. */
    private Reply allocate(ApiCall call) {
        String size = call.required("size");
        long number = Long.parseLong(size.replaceAll("[MG]$", ""));
        long bytes = size.endsWith("G") ? number * 1024 * MIB : size.endsWith("M") ? number * MIB : number * 1024;
        return Reply.of(cluster.allocateVolume(
                call.required("storage"),
                call.required("filename"),
                bytes,
                (int) call.integer("vmid").orElseThrow().longValue(),
                call.text("format").orElse("raw")));
    }

    private Reply attributes(ApiCall call) {
        String storageId = call.required("storage");
        StoragePool.Volume volume = cluster.volume(storageId, call.required("volume"));
        StoragePool storage = cluster.storage(storageId);
        ObjectNode json = Json.object();
        String name = volume.volid().substring(volume.volid().indexOf(':') + 1);
        json.put("path", storage.path() == null ? "/dev/pve/" + name : storage.path() + "/template/" + name);
        json.put("size", volume.size());
        json.put("used", volume.content().equals("images") ? volume.size() / 10 : volume.size());
        json.put("format", volume.format());
        return Reply.of(json);
    }

    private Reply free(ApiCall call) {
        StoragePool.Volume volume = cluster.volume(call.required("storage"), call.required("volume"));
        return Reply.of(tasks.start(call.node(), "imgdel", "", call.identity().authId(), call.taskOutcome(), log -> {
            cluster.freeVolume(volume.volid());
            log.line("Removed volume '" + volume.volid() + "'");
        }));
    }

    private ArrayNode configs(Optional<String> type) {
        ArrayNode list = Json.array();
        for (StoragePool storage : cluster.storages()) {
            if (type.isEmpty() || type.get().equals(storage.type())) {
                list.add(config(storage));
            }
        }
        return list;
    }

    private static ObjectNode config(StoragePool storage) {
        ObjectNode json = Json.object();
        json.put("storage", storage.id());
        json.put("type", storage.type());
        json.put("content", storage.content());
        if (storage.path() != null) {
            json.put("path", storage.path());
        }
        if (storage.type().equals("lvmthin")) {
            json.put("thinpool", "data");
            json.put("vgname", "pve");
        }
        json.put("digest", "5a4f1f5c3d7a0e6b9c8d7e6f5a4b3c2d1e0f9a8b");
        if (storage.shared()) {
            json.put("shared", 1);
        }
        return json;
    }

    private ArrayNode statuses(Optional<String> content) {
        ArrayNode list = Json.array();
        for (StoragePool storage : cluster.storages()) {
            if (content.isEmpty() || storage.allows(content.get())) {
                ObjectNode row = status(storage);
                row.put("storage", storage.id());
                list.add(row);
            }
        }
        return list;
    }

    private static ObjectNode status(StoragePool storage) {
        ObjectNode json = Json.object();
        long used = storage.used();
        json.put("type", storage.type());
        json.put("content", storage.content());
        json.put("active", 1);
        json.put("enabled", 1);
        json.put("shared", storage.shared() ? 1 : 0);
        json.put("total", storage.total());
        json.put("used", used);
        json.put("avail", storage.total() - used);
        json.put("used_fraction", storage.total() == 0 ? 0.0 : (double) used / storage.total());
        return json;
    }

    private static ArrayNode content(StoragePool storage, Optional<String> content, Optional<Long> vmid) {
        ArrayNode list = Json.array();
        for (StoragePool.Volume volume : storage.volumes()) {
            if (content.filter(c -> !c.equals(volume.content())).isPresent()
                    || vmid.filter(v -> volume.vmid() == null || v.intValue() != volume.vmid())
                            .isPresent()) {
                continue;
            }
            ObjectNode row = list.addObject();
            row.put("volid", volume.volid());
            row.put("content", volume.content());
            row.put("format", volume.format());
            row.put("size", volume.size());
            row.put("ctime", volume.ctime());
            if (volume.vmid() != null) {
                row.put("vmid", volume.vmid());
                row.put("used", 0);
            }
        }
        return list;
    }
}
