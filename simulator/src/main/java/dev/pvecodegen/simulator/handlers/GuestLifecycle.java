package dev.pvecodegen.simulator.handlers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.simulator.http.ApiError;
import dev.pvecodegen.simulator.http.Json;
import dev.pvecodegen.simulator.state.ClusterState;
import dev.pvecodegen.simulator.state.Guest;
import dev.pvecodegen.simulator.state.StoragePool;
import dev.pvecodegen.simulator.task.TaskWork;
import dev.pvecodegen.simulator.validation.RequestValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creating, listing, configuring, cloning and destroying guests of one kind (QEMU or LXC), with the real
 * server's rules: a VMID is reserved at once and locked ({@code lock: create}) until the task ends; config
 * changes check {@code digest} and locks; {@code delete} removes keys (a deleted disk becomes {@code unusedN}).
 */
final class GuestLifecycle {
    private final SimulatorContext context;
    private final ClusterState cluster;
    private final GuestStats stats;
    private final Guest.Kind kind;
    private final String base;

    GuestLifecycle(SimulatorContext context, GuestStats stats, Guest.Kind kind) {
        this.context = context;
        this.cluster = context.cluster();
        this.stats = stats;
        this.kind = kind;
        this.base = "/nodes/{node}/" + kind.path;
    }

    private String worker(String qemu, String lxc) {
        return kind == Guest.Kind.QEMU ? qemu : lxc;
    }

    Reply list(ApiCall call) {
        return Reply.of(cluster.atomically(() -> {
            ArrayNode list = Json.array();
            for (Guest guest : cluster.guests()) {
                if (guest.kind() == kind && guest.node().equals(call.node())) {
                    list.add(stats.listEntry(guest));
                }
            }
            return list;
        }));
    }

    Reply create(ApiCall call) {
        String node = call.node();
        int vmid = call.vmid();
        requireAllocate(call, vmid);
        String ostemplate = kind == Guest.Kind.LXC ? call.required("ostemplate") : null;
        if (ostemplate != null) {
            requireTemplate(ostemplate);
        }
        call.text("pool").ifPresent(cluster::pool);
        Guest guest = cluster.atomically(() -> {
            Guest created = cluster.createGuest(vmid, kind, node);
            try {
                writeConfig(created, call, configKeys(call));
                addCreationDefaults(created, call, ostemplate);
                created.setConfig("lock", "create");
            } catch (RuntimeException e) {
                cluster.removeGuest(vmid);
                throw e;
            }
            call.text("pool").ifPresent(pool -> cluster.joinPool(created, pool));
            return created;
        });
        boolean start = call.flag("start");
        String upid = context.tasks()
                .start(
                        node,
                        worker("qmcreate", "vzcreate"),
                        Integer.toString(vmid),
                        call.identity().authId(),
                        call.taskOutcome(),
                        TaskWork.of(
                                log -> {
                                    synchronized (cluster) {
                                        guest.removeConfig("lock");
                                        log.line(
                                                kind == Guest.Kind.QEMU
                                                        ? "created VM " + vmid
                                                        : "extracting archive '" + ostemplate + "'");
                                        if (start) {
                                            guest.setStatus(
                                                    "running", cluster.clock().millis());
                                        }
                                    }
                                },
                                () -> cluster.removeGuest(vmid)));
        return Reply.of(upid);
    }

    /** What the create handler checks itself: VM.Allocate on /vms/{vmid} or on the pool it goes to. */
    private void requireAllocate(ApiCall call, int vmid) {
        boolean allowed = context.permissions().allowed(call.identity(), "/vms/" + vmid, "VM.Allocate")
                || call.text("pool")
                        .filter(pool -> context.permissions().allowed(call.identity(), "/pool/" + pool, "VM.Allocate"))
                        .isPresent();
        if (!allowed) {
            throw ApiError.forbidden("Permission check failed (/vms/" + vmid + ", VM.Allocate)");
        }
    }

    private void requireTemplate(String ostemplate) {
        String storage = ostemplate.contains(":") ? ostemplate.substring(0, ostemplate.indexOf(':')) : "local";
        StoragePool pool = cluster.storage(storage);
        boolean exists = pool.volumes().stream().anyMatch(v -> v.volid().equals(ostemplate));
        if (!exists) {
            throw ApiError.serverError("volume '" + ostemplate + "' does not exist");
        }
    }

    private List<String> configKeys(ApiCall call) {
        List<String> keys = new ArrayList<>();
        call.typed().fieldNames().forEachRemaining(key -> {
            if (!GuestConfigs.NOT_CONFIG.contains(key)) {
                keys.add(key);
            }
        });
        return keys;
    }

    private void writeConfig(Guest guest, ApiCall call, List<String> keys) {
        for (String key : keys) {
            String value = call.text(key).orElse("");
            guest.setConfig(key, GuestConfigs.store(cluster, guest, key, value));
        }
    }

    private void addCreationDefaults(Guest guest, ApiCall call, String ostemplate) {
        long now = context.now();
        if (kind == Guest.Kind.QEMU) {
            if (!guest.config().containsKey("boot")) {
                guest.setConfig("boot", GuestConfigs.defaultBootOrder(guest.config()));
            }
            if (!guest.config().containsKey("smbios1")) {
                guest.setConfig("smbios1", "uuid=" + cluster.ids().uuid());
            }
            guest.setConfig("vmgenid", cluster.ids().uuid());
            guest.setConfig("meta", "creation-qemu=10.0.2,ctime=" + now);
        } else {
            if (!guest.config().containsKey("rootfs")) {
                String storage = call.text("storage").orElse("local-lvm");
                guest.setConfig("rootfs", GuestConfigs.store(cluster, guest, "rootfs", storage + ":8"));
            }
            guest.setConfig("arch", guest.config().getOrDefault("arch", "amd64"));
            String template = ostemplate.substring(ostemplate.lastIndexOf('/') + 1);
            guest.setConfig("ostype", guest.config().getOrDefault("ostype", template.replaceAll("[-_].*", "")));
            guest.setConfig("hostname", guest.config().getOrDefault("hostname", "CT" + guest.vmid()));
        }
    }

    Reply readConfig(ApiCall call) {
        Guest guest = cluster.guest(kind, call.node(), call.vmid());
        Map<String, String> config;
        String digest;
        synchronized (cluster) {
            Optional<String> snapname = call.text("snapshot");
            if (snapname.isPresent()) {
                Guest.Snapshot snapshot = guest.snapshots().get(snapname.get());
                if (snapshot == null) {
                    throw ApiError.serverError("snapshot '" + snapname.get() + "' does not exist");
                }
                config = new LinkedHashMap<>(snapshot.config());
            } else {
                config = new LinkedHashMap<>(guest.config());
            }
            digest = guest.digest();
        }
        ObjectNode json = renderer().render(config);
        json.put("digest", digest);
        return Reply.of(json);
    }

    Reply pending(ApiCall call) {
        Guest guest = cluster.guest(kind, call.node(), call.vmid());
        ArrayNode rows = Json.array();
        ObjectNode config = renderer().render(cluster.atomically(() -> new LinkedHashMap<>(guest.config())));
        config.properties().forEach(field -> {
            ObjectNode row = rows.addObject();
            row.put("key", field.getKey());
            row.set("value", field.getValue());
        });
        return Reply.of(rows);
    }

    private ConfigRenderer renderer() {
        return new ConfigRenderer(context.returnsType(HttpMethod.GET, base + "/{vmid}/config"));
    }

    /** PUT (synchronous, answers null) and POST (answers a task) of {@code …/config}. */
    Reply updateConfig(ApiCall call, boolean async) {
        Guest guest = cluster.guest(kind, call.node(), call.vmid());
        synchronized (cluster) {
            checkLock(guest, call);
            Optional<String> digest = call.text("digest");
            if (digest.isPresent() && !digest.get().equals(guest.digest())) {
                throw ApiError.serverError("detected modified configuration - file changed by other user? Try again.");
            }
            List<String> keys = configKeys(call);
            List<String> deletes = call.list("delete");
            for (String key : deletes) {
                if (keys.contains(key)) {
                    throw ApiError.parameter(
                            "delete", "you can't use '-" + key + "' and '-delete " + key + "' at the same time");
                }
                if (RequestValidator.propertyFor(call.operation(), key).isEmpty()) {
                    throw ApiError.parameter("delete", "invalid configuration ID '" + key + "'");
                }
            }
            for (String key : deletes) {
                delete(guest, key, call.flag("force"));
            }
            writeConfig(guest, call, keys);
        }
        if (!async) {
            return Reply.none();
        }
        return Reply.of(context.tasks()
                .start(
                        call.node(),
                        "qmconfig",
                        Integer.toString(guest.vmid()),
                        call.identity().authId(),
                        call.taskOutcome(),
                        TaskWork.nothing()));
    }

    private void delete(Guest guest, String key, boolean force) {
        String value = guest.config().get(key);
        if (value == null) {
            return;
        }
        guest.removeConfig(key);
        if (key.startsWith("unused")) {
            cluster.freeVolume(GuestConfigs.volumeOf(value));
        } else if (GuestConfigs.isDisk(kind, key) && !value.contains("media=cdrom")) {
            String volid = GuestConfigs.volumeOf(value);
            if (force || volid.isEmpty() || volid.equals("none")) {
                cluster.freeVolume(volid);
                return;
            }
            int n = 0;
            while (guest.config().containsKey("unused" + n)) {
                n++;
            }
            guest.setConfig("unused" + n, volid);
        }
    }

    /** {@code PUT …/resize}: {@code size=+10G} grows by, {@code size=40G} grows to; shrinking is refused. */
    Reply resize(ApiCall call) {
        Guest guest = cluster.guest(kind, call.node(), call.vmid());
        String disk = call.required("disk");
        String size = call.required("size");
        long newBytes;
        synchronized (cluster) {
            checkLock(guest, call);
            String value = guest.config().get(disk);
            if (value == null) {
                throw ApiError.serverError("disk '" + disk + "' does not exist");
            }
            long current = GuestStats.size(value);
            long requested = GuestStats.size("size=" + size.replace("+", ""));
            newBytes = size.startsWith("+") ? current + requested : requested;
            if (newBytes < current) {
                throw ApiError.serverError("shrinking disks is not supported");
            }
        }
        long target = newBytes;
        return Reply.of(context.tasks()
                .start(
                        call.node(),
                        worker("resize", "resize"),
                        Integer.toString(guest.vmid()),
                        call.identity().authId(),
                        call.taskOutcome(),
                        log -> {
                            synchronized (cluster) {
                                String value = guest.config().get(disk);
                                String formatted =
                                        target % (1L << 30) == 0 ? (target >> 30) + "G" : (target >> 20) + "M";
                                guest.setConfig(disk, value.replaceAll("size=[^,]*", "size=" + formatted));
                                cluster.resizeVolume(GuestConfigs.volumeOf(value), target);
                            }
                            log.line("resized " + disk + " to " + target + " bytes");
                        }));
    }

    static void checkLock(Guest guest, ApiCall call) {
        Optional<String> lock = guest.lock();
        if (lock.isPresent() && !call.flag("skiplock")) {
            throw ApiError.serverError("VM is locked (" + lock.get() + ")");
        }
    }

    Reply destroy(ApiCall call) {
        Guest guest = cluster.guest(kind, call.node(), call.vmid());
        synchronized (cluster) {
            checkLock(guest, call);
            if (guest.status().equals("running") || guest.status().equals("paused")) {
                throw ApiError.serverError(
                        (kind == Guest.Kind.QEMU ? "VM " : "CT ") + guest.vmid() + " is running - destroy failed");
            }
            guest.setConfig("lock", "destroyed");
        }
        int vmid = guest.vmid();
        return Reply.of(context.tasks()
                .start(
                        call.node(),
                        worker("qmdestroy", "vzdestroy"),
                        Integer.toString(vmid),
                        call.identity().authId(),
                        call.taskOutcome(),
                        TaskWork.of(
                                log -> {
                                    log.line("destroying " + (kind == Guest.Kind.QEMU ? "VM " : "CT ") + vmid);
                                    cluster.removeGuest(vmid);
                                },
                                () -> {
                                    synchronized (cluster) {
                                        guest.removeConfig("lock");
                                    }
                                })));
    }

    Reply cloneGuest(ApiCall call) {
        Guest source = cluster.guest(kind, call.node(), call.vmid());
        int newid = (int) call.integer("newid").orElseThrow().longValue();
        String target = call.text("target").orElse(call.node());
        Guest clone = cluster.atomically(() -> {
            checkLock(source, call);
            Guest created = cluster.createGuest(newid, kind, target);
            for (Map.Entry<String, String> entry : source.config().entrySet()) {
                String key = entry.getKey();
                if (key.equals("lock") || key.equals("parent") || key.startsWith("unused")) {
                    continue;
                }
                created.setConfig(key, copyValue(created, key, entry.getValue()));
            }
            String nameKey = kind == Guest.Kind.QEMU ? "name" : "hostname";
            String sourceName = source.config().getOrDefault(nameKey, "VM" + source.vmid());
            created.setConfig(
                    nameKey,
                    call.text(kind == Guest.Kind.QEMU ? "name" : "hostname").orElse("Copy-of-VM-" + sourceName));
            call.text("description").ifPresent(text -> created.setConfig("description", text));
            if (kind == Guest.Kind.QEMU) {
                created.setConfig("smbios1", "uuid=" + cluster.ids().uuid());
                created.setConfig("vmgenid", cluster.ids().uuid());
            }
            created.setConfig("lock", "clone");
            source.setConfig("lock", "clone");
            call.text("pool").ifPresent(pool -> cluster.joinPool(created, pool));
            return created;
        });
        return Reply.of(context.tasks()
                .start(
                        call.node(),
                        worker("qmclone", "vzclone"),
                        Integer.toString(source.vmid()),
                        call.identity().authId(),
                        call.taskOutcome(),
                        TaskWork.of(
                                log -> {
                                    synchronized (cluster) {
                                        clone.removeConfig("lock");
                                        source.removeConfig("lock");
                                    }
                                    log.line("create full clone of drive(s) to VM " + newid);
                                },
                                () -> {
                                    synchronized (cluster) {
                                        source.removeConfig("lock");
                                    }
                                    cluster.removeGuest(newid);
                                })));
    }

    private String copyValue(Guest clone, String key, String value) {
        if (GuestConfigs.isDisk(kind, key) && !value.contains("media=cdrom")) {
            String volid = GuestConfigs.volumeOf(value);
            if (volid.contains(":") && !volid.equals("none")) {
                long bytes = GuestStats.size(value);
                String storage = volid.substring(0, volid.indexOf(':'));
                String fresh = cluster.allocateDisk(
                        storage,
                        clone.vmid(),
                        bytes / (1024.0 * 1024 * 1024),
                        kind == Guest.Kind.QEMU ? "images" : "rootdir");
                return value.replace(volid, fresh);
            }
        }
        if (key.matches("net\\d+")) {
            String withoutMac = value.replaceAll("(^|,)(macaddr|hwaddr)=[^,]*", "")
                    .replaceAll("(^|,)([a-z0-9_-]+)=([0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5})", "$1$2");
            return GuestConfigs.store(cluster, clone, key, withoutMac.replaceFirst("^,", ""));
        }
        return value;
    }
}
