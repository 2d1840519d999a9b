package dev.pvecodegen.simulator.task;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.simulator.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** One worker task: its UPID fields, log, and outcome once stopped. Guarded by its own monitor. */
final class SimTask {
    final String upid;
    final String node;
    final long pid;
    final long pstart;
    /** The Backup Server's task counter, a UPID field PVE does not have. */
    final OptionalLong taskCounter;

    final long starttime;
    final String type;
    final String id;
    final String user;
    final long endMillis;
    private final TaskWork work;
    private final Optional<String> injectedOutcome;
    private final List<String> log = new ArrayList<>();
    private String exitStatus;
    private long endtime;

    SimTask(
            String node,
            long pid,
            long pstart,
            OptionalLong taskCounter,
            long starttime,
            String type,
            String id,
            String user,
            long endMillis,
            TaskWork work,
            Optional<String> injectedOutcome) {
        this.node = node;
        this.pid = pid;
        this.pstart = pstart;
        this.taskCounter = taskCounter;
        this.starttime = starttime;
        this.type = type;
        this.id = id;
        this.user = user;
        this.endMillis = endMillis;
        this.work = work;
        this.injectedOutcome = injectedOutcome;
        this.upid = taskCounter.isPresent()
                ? String.format(
                        Locale.ROOT,
                        "UPID:%s:%08X:%08X:%08X:%08X:%s:%s:%s:",
                        node,
                        pid,
                        pstart,
                        taskCounter.getAsLong(),
                        starttime,
                        type,
                        id,
                        user)
                : String.format(
                        Locale.ROOT, "UPID:%s:%08X:%08X:%08X:%s:%s:%s:", node, pid, pstart, starttime, type, id, user);
    }

    synchronized boolean running() {
        return exitStatus == null;
    }

    /** Runs the work and records the outcome, once; an injected outcome overrides success. */
    synchronized void finish(long nowMillis) {
        if (exitStatus != null) {
            return;
        }
        endtime = nowMillis / 1000;
        Optional<String> injected = injectedOutcome;
        if (injected.isPresent() && !injected.get().startsWith("WARNINGS")) {
            log.add("TASK ERROR: " + injected.get());
            exitStatus = injected.get();
            work.rollback();
            return;
        }
        try {
            work.run(log::add);
        } catch (RuntimeException e) {
            String message =
                    e.getMessage() == null ? e.toString() : e.getMessage().strip();
            log.add("TASK ERROR: " + message);
            exitStatus = message;
            work.rollback();
            return;
        }
        if (injected.isPresent()) {
            int count = parseWarnings(injected.get());
            for (int i = 1; i <= count; i++) {
                log.add("WARN: simulated warning " + i);
            }
            log.add("TASK " + injected.get());
            exitStatus = injected.get();
            return;
        }
        log.add("TASK OK");
        exitStatus = "OK";
    }

    synchronized void interrupt(long nowMillis) {
        if (exitStatus == null) {
            endtime = nowMillis / 1000;
            log.add("received interrupt");
            log.add("TASK ERROR: interrupted by signal");
            exitStatus = "interrupted by signal";
        }
    }

    synchronized ObjectNode status() {
        ObjectNode json = fields();
        json.put("status", exitStatus == null ? "running" : "stopped");
        if (exitStatus != null) {
            json.put("exitstatus", exitStatus);
        }
        return json;
    }

    /** The row of the node's task list: status holds the exit status once stopped. */
    synchronized ObjectNode listEntry() {
        ObjectNode json = fields();
        if (exitStatus != null) {
            json.put("status", exitStatus);
            json.put("endtime", endtime);
        }
        return json;
    }

    synchronized List<String> logLines() {
        List<String> lines = new ArrayList<>(log);
        if (exitStatus == null && lines.isEmpty()) {
            lines.add("starting " + type + (id.isEmpty() ? "" : " " + id));
        }
        return lines;
    }

    synchronized Optional<String> exitStatus() {
        return Optional.ofNullable(exitStatus);
    }

    private ObjectNode fields() {
        ObjectNode json = Json.object();
        json.put("upid", upid);
        json.put("node", node);
        json.put("pid", pid);
        json.put("pstart", pstart);
        json.put("starttime", starttime);
        json.put("type", type);
        json.put("id", id);
        int bang = user.indexOf('!');
        if (taskCounter.isPresent() && bang >= 0) {
            // The Backup Server reports a token's tasks as the user plus the token's name.
            json.put("user", user.substring(0, bang));
            json.put("tokenid", user.substring(bang + 1));
        } else {
            json.put("user", user);
        }
        return json;
    }

    private static int parseWarnings(String status) {
        try {
            return Integer.parseInt(status.substring("WARNINGS:".length()).trim());
        } catch (RuntimeException e) {
            return 1;
        }
    }
}
