package dev.pvecodegen.simulator.handlers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.simulator.http.ApiError;
import dev.pvecodegen.simulator.http.Json;
import dev.pvecodegen.simulator.state.ClusterState;
import dev.pvecodegen.simulator.state.Guest;
import dev.pvecodegen.simulator.task.TaskWork;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Power state and snapshots of guests of one kind: start/stop/shutdown/reboot/reset/suspend/resume as tasks
 * whose effect applies when the task ends, and snapshots that freeze the config.
 */
final class GuestPower {
    private final SimulatorContext context;
    private final ClusterState cluster;
    private final GuestStats stats;
    private final Guest.Kind kind;

    GuestPower(SimulatorContext context, GuestStats stats, Guest.Kind kind) {
        this.context = context;
        this.cluster = context.cluster();
        this.stats = stats;
        this.kind = kind;
    }

    Reply current(ApiCall call) {
        Guest guest = cluster.guest(kind, call.node(), call.vmid());
        synchronized (cluster) {
            return Reply.of(stats.current(guest));
        }
    }

    /**
     * A power action.
     *
     * @param action start, stop, shutdown, reboot, reset, suspend or resume
     */
    Reply power(ApiCall call, String action) {
        Guest guest = cluster.guest(kind, call.node(), call.vmid());
        String label = (kind == Guest.Kind.QEMU ? "VM " : "CT ") + guest.vmid();
        String targetStatus;
        synchronized (cluster) {
            GuestLifecycle.checkLock(guest, call);
            boolean running = guest.status().equals("running") || guest.status().equals("paused");
            switch (action) {
                case "start" -> {
                    if (running) {
                        throw ApiError.serverError(label + " already running");
                    }
                    if (guest.config().getOrDefault("template", "0").equals("1")) {
                        throw ApiError.serverError("you can't start a vm if it's a template");
                    }
                    targetStatus = "running";
                }
                case "stop" -> targetStatus = "stopped";
                case "suspend" -> {
                    requireRunning(running, label);
                    targetStatus = "paused";
                }
                case "resume" -> {
                    requireRunning(running, label);
                    targetStatus = "running";
                }
                default -> {
                    requireRunning(running, label);
                    targetStatus = action.equals("shutdown") ? "stopped" : "running";
                }
            }
        }
        String type = (kind == Guest.Kind.QEMU ? "qm" : "vz") + action;
        boolean restart = action.equals("reboot") || action.equals("reset");
        return Reply.of(context.tasks()
                .start(
                        call.node(),
                        type,
                        Integer.toString(guest.vmid()),
                        call.identity().authId(),
                        call.taskOutcome(),
                        log -> {
                            synchronized (cluster) {
                                if (cluster.findGuest(guest.vmid()).orElse(null) != guest) {
                                    throw ApiError.notFound("Configuration file '" + guest.configPath() + "'");
                                }
                                if (restart) {
                                    guest.setStatus("stopped", cluster.clock().millis());
                                }
                                guest.setStatus(targetStatus, cluster.clock().millis());
                            }
                            log.line(action + " " + label);
                        }));
    }

    /** {@code POST …/migrate}: the guest changes node when the task ends; running guests need online/restart. */
    Reply migrate(ApiCall call) {
        Guest guest = cluster.guest(kind, call.node(), call.vmid());
        String target = call.required("target");
        cluster.requireNode(target);
        synchronized (cluster) {
            GuestLifecycle.checkLock(guest, call);
            if (target.equals(guest.node())) {
                throw ApiError.parameter("target", "target is local node.");
            }
            boolean running = !guest.status().equals("stopped");
            if (running && kind == Guest.Kind.QEMU && !call.flag("online")) {
                throw ApiError.serverError("can't migrate running VM without --online");
            }
            if (running && kind == Guest.Kind.LXC && !call.flag("restart")) {
                throw ApiError.serverError("lxc live migration is currently not implemented");
            }
            guest.setConfig("lock", "migrate");
        }
        return Reply.of(context.tasks()
                .start(
                        call.node(),
                        kind == Guest.Kind.QEMU ? "qmigrate" : "vzmigrate",
                        Integer.toString(guest.vmid()),
                        call.identity().authId(),
                        call.taskOutcome(),
                        TaskWork.of(
                                log -> {
                                    synchronized (cluster) {
                                        guest.removeConfig("lock");
                                        guest.moveTo(target);
                                    }
                                    log.line("migration finished successfully");
                                },
                                () -> {
                                    synchronized (cluster) {
                                        guest.removeConfig("lock");
                                    }
                                })));
    }

    private static void requireRunning(boolean running, String label) {
        if (!running) {
            throw ApiError.serverError(label + " not running");
        }
    }

    Reply listSnapshots(ApiCall call) {
        Guest guest = cluster.guest(kind, call.node(), call.vmid());
        ArrayNode list = Json.array();
        synchronized (cluster) {
            for (Guest.Snapshot snapshot : guest.snapshots().values()) {
                ObjectNode item = list.addObject();
                item.put("name", snapshot.name());
                item.put("description", snapshot.description());
                item.put("snaptime", snapshot.snaptime());
                if (kind == Guest.Kind.QEMU) {
                    item.put("vmstate", snapshot.vmstate() ? 1 : 0);
                }
                if (snapshot.parent() != null) {
                    item.put("parent", snapshot.parent());
                }
            }
            ObjectNode current = list.addObject();
            current.put("name", "current");
            current.put("description", "You are here!");
            current.put("digest", guest.digest());
            if (kind == Guest.Kind.QEMU) {
                current.put("running", guest.status().equals("stopped") ? 0 : 1);
            }
            String parent = guest.config().get("parent");
            if (parent != null) {
                current.put("parent", parent);
            }
        }
        return Reply.of(list);
    }

    Reply createSnapshot(ApiCall call) {
        Guest guest = cluster.guest(kind, call.node(), call.vmid());
        String name = call.required("snapname");
        synchronized (cluster) {
            GuestLifecycle.checkLock(guest, call);
            if (guest.snapshots().containsKey(name)) {
                throw ApiError.serverError("snapshot name '" + name + "' already used");
            }
            guest.setConfig("lock", "snapshot");
        }
        String description = call.text("description").orElse("");
        boolean vmstate = call.flag("vmstate");
        return Reply.of(context.tasks()
                .start(
                        call.node(),
                        kind == Guest.Kind.QEMU ? "qmsnapshot" : "vzsnapshot",
                        Integer.toString(guest.vmid()),
                        call.identity().authId(),
                        call.taskOutcome(),
                        TaskWork.of(
                                log -> {
                                    synchronized (cluster) {
                                        guest.removeConfig("lock");
                                        Map<String, String> frozen = new LinkedHashMap<>(guest.config());
                                        frozen.remove("parent");
                                        guest.addSnapshot(new Guest.Snapshot(
                                                name,
                                                description,
                                                context.now(),
                                                vmstate,
                                                guest.config().get("parent"),
                                                frozen));
                                        guest.setConfig("parent", name);
                                    }
                                    log.line("snapshot '" + name + "' created");
                                },
                                () -> {
                                    synchronized (cluster) {
                                        guest.removeConfig("lock");
                                    }
                                })));
    }

    Reply deleteSnapshot(ApiCall call) {
        return onSnapshot(call, "delsnapshot", (guest, removed) -> {
            String name = removed.name();
            guest.removeSnapshot(name);
            for (Guest.Snapshot other : guest.snapshots().values().stream().toList()) {
                if (name.equals(other.parent())) {
                    guest.addSnapshot(new Guest.Snapshot(
                            other.name(),
                            other.description(),
                            other.snaptime(),
                            other.vmstate(),
                            removed.parent(),
                            other.config()));
                }
            }
            if (name.equals(guest.config().get("parent"))) {
                if (removed.parent() == null) {
                    guest.removeConfig("parent");
                } else {
                    guest.setConfig("parent", removed.parent());
                }
            }
            return "snapshot '" + name + "' removed";
        });
    }

    Reply rollback(ApiCall call) {
        return onSnapshot(call, "rollback", (guest, snapshot) -> {
            for (String key : guest.config().keySet().stream().toList()) {
                guest.removeConfig(key);
            }
            snapshot.config().forEach(guest::setConfig);
            guest.setConfig("parent", snapshot.name());
            guest.setStatus(
                    snapshot.vmstate() ? "running" : "stopped", cluster.clock().millis());
            return "rollback to snapshot '" + snapshot.name() + "'";
        });
    }

    /** A task on an existing snapshot; {@code change} runs under the state lock when the task ends. */
    private Reply onSnapshot(ApiCall call, String action, BiFunction<Guest, Guest.Snapshot, String> change) {
        Guest guest = cluster.guest(kind, call.node(), call.vmid());
        String name = call.required("snapname");
        requireSnapshot(guest, name);
        return Reply.of(context.tasks()
                .start(
                        call.node(),
                        (kind == Guest.Kind.QEMU ? "qm" : "vz") + action,
                        Integer.toString(guest.vmid()),
                        call.identity().authId(),
                        call.taskOutcome(),
                        log -> {
                            String line;
                            synchronized (cluster) {
                                line = change.apply(guest, requireSnapshot(guest, name));
                            }
                            log.line(line);
                        }));
    }

    Reply snapshotConfig(ApiCall call) {
        Guest guest = cluster.guest(kind, call.node(), call.vmid());
        Guest.Snapshot snapshot = requireSnapshot(guest, call.required("snapname"));
        ObjectNode json = Json.object();
        snapshot.config().forEach(json::put);
        json.put("snaptime", snapshot.snaptime());
        json.put("description", snapshot.description());
        return Reply.of(json);
    }

    private Guest.Snapshot requireSnapshot(Guest guest, String name) {
        synchronized (cluster) {
            Guest.Snapshot snapshot = guest.snapshots().get(name);
            if (snapshot == null) {
                throw ApiError.serverError("snapshot '" + name + "' does not exist");
            }
            return snapshot;
        }
    }
}
