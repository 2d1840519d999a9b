package dev.pvecodegen.simulator.task;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.simulator.handlers.Reply;
import dev.pvecodegen.simulator.http.ApiError;
import dev.pvecodegen.simulator.http.Json;
import dev.pvecodegen.simulator.state.SeededIds;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Worker tasks with UPIDs: each runs for the configured duration, then its work is applied and it stops with
 * {@code OK}, {@code WARNINGS: n} or an error. A task is also finished on demand when its time is up, so a
 * status poll never sees a task running past its end.
 */
public final class TaskService implements AutoCloseable {
    private final Map<String, SimTask> tasks = new LinkedHashMap<>();
    private final Clock clock;
    private final Duration duration;
    private final ScheduledExecutorService timer;
    private final long pstart;
    private final boolean backupServer;
    private long nextPid;
    private long nextTaskCounter;

    public TaskService(Clock clock, Duration duration, SeededIds ids) {
        this(clock, duration, ids, false);
    }

    /**
     * @param backupServer UPIDs in the Backup Server's form, with a task counter after the process start time
     */
    public TaskService(Clock clock, Duration duration, SeededIds ids, boolean backupServer) {
        this.backupServer = backupServer;
        this.clock = clock;
        this.duration = duration;
        this.pstart = 1_000_000L + ids.nextInt(1_000_000);
        this.nextPid = 2_000L + ids.nextInt(100_000);
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pve-simulator-tasks");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts a task and returns its UPID.
     *
     * @param type the worker type ({@code qmcreate}, {@code qmstart}, …)
     * @param id the object id ({@code 100}), may be empty
     * @param user the auth id recorded in the UPID
     * @param outcome an injected exit status overriding success
     */
    public String start(String node, String type, String id, String user, Optional<String> outcome, TaskWork work) {
        long now = clock.millis();
        SimTask task;
        synchronized (this) {
            OptionalLong counter = backupServer ? OptionalLong.of(nextTaskCounter++) : OptionalLong.empty();
            task = new SimTask(
                    node,
                    nextPid++,
                    pstart,
                    counter,
                    now / 1000,
                    type,
                    id,
                    user,
                    now + duration.toMillis(),
                    work,
                    outcome);
            tasks.put(task.upid, task);
        }
        if (duration.isZero()) {
            task.finish(now);
        } else {
            // finish() turns a failure of the work into the task's exit status: the future has nothing to report.
            var unused = timer.schedule(() -> task.finish(clock.millis()), duration.toMillis(), TimeUnit.MILLISECONDS);
        }
        return task.upid;
    }

    public ObjectNode status(String node, String upid) {
        return find(node, upid).status();
    }

    /** Log lines {@code {n, t}} from {@code start} (0-based), at most {@code limit}; the reply carries the total. */
    public Reply log(String node, String upid, long start, long limit) {
        List<String> lines = find(node, upid).logLines();
        ArrayNode rows = Json.array();
        for (int i = (int) Math.max(0, start); i < lines.size() && rows.size() < limit; i++) {
            ObjectNode row = rows.addObject();
            row.put("n", i + 1);
            row.put("t", lines.get(i));
        }
        return Reply.withTotal(rows, lines.size());
    }

    public void stop(String node, String upid) {
        find(node, upid).interrupt(clock.millis());
    }

    /** The node's tasks, newest first, optionally only errors or one vmid/type/user. */
    public ArrayNode list(
            String node,
            Optional<String> vmid,
            Optional<String> typeFilter,
            boolean errorsOnly,
            long start,
            long limit) {
        List<SimTask> selected = new ArrayList<>();
        synchronized (this) {
            tasks.values().forEach(selected::add);
        }
        ArrayNode rows = Json.array();
        int skipped = 0;
        for (int i = selected.size() - 1; i >= 0 && rows.size() < limit; i--) {
            SimTask task = selected.get(i);
            finishIfDue(task);
            boolean failed = task.exitStatus()
                    .filter(s -> !s.equals("OK") && !s.startsWith("WARNINGS"))
                    .isPresent();
            if (!task.node.equals(node)
                    || vmid.filter(v -> !v.equals(task.id)).isPresent()
                    || typeFilter.filter(t -> !t.equals(task.type)).isPresent()
                    || (errorsOnly && !failed)) {
                continue;
            }
            if (skipped++ < start) {
                continue;
            }
            rows.add(task.listEntry());
        }
        return rows;
    }

    /** True while any task of the node is still running (for the node's status). */
    public synchronized boolean hasRunning() {
        return tasks.values().stream().anyMatch(SimTask::running);
    }

    private SimTask find(String node, String upid) {
        SimTask task;
        synchronized (this) {
            task = tasks.get(upid);
        }
        if (task == null || !task.node.equals(node)) {
            if (!upid.startsWith("UPID:")) {
                throw ApiError.parameter("upid", "unable to parse worker upid '" + upid + "'");
            }
            throw ApiError.serverError("unable to open file '/var/log/pve/tasks/active' - no such task '" + upid + "'");
        }
        finishIfDue(task);
        return task;
    }

    private void finishIfDue(SimTask task) {
        long now = clock.millis();
        if (task.running() && now >= task.endMillis) {
            task.finish(now);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
