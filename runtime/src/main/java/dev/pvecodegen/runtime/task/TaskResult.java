package dev.pvecodegen.runtime.task;

import java.util.List;
import java.util.Objects;

/**
 * A task that finished successfully: exit status {@code OK}, or {@code WARNINGS: n}, which the server uses for a
 * task that did its job but logged warnings (the log lines are attached then).
 *
 * @param upid the task
 * @param exitStatus the server's exit status text
 * @param warnings the {@code n} of {@code WARNINGS: n}, 0 for {@code OK}
 * @param log the last lines of the task log when there were warnings; empty otherwise
 */
public record TaskResult(Upid upid, String exitStatus, int warnings, List<TaskLogLine> log) {
    public TaskResult {
        Objects.requireNonNull(upid, "upid");
        Objects.requireNonNull(exitStatus, "exitStatus");
        log = List.copyOf(log);
    }

    /** Whether the task finished with warnings (still a success). */
    public boolean hasWarnings() {
        return warnings > 0 || exitStatus.startsWith("WARNINGS");
    }
}
