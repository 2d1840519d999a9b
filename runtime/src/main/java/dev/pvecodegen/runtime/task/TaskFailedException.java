package dev.pvecodegen.runtime.task;

import dev.pvecodegen.runtime.PveException;
import java.util.List;

/** A task stopped with an exit status other than {@code OK} or {@code WARNINGS: n}. */
public class TaskFailedException extends PveException {
    private static final long serialVersionUID = 1L;

    private final transient Upid upid;
    private final String exitStatus;
    private final List<TaskLogLine> log;

    public TaskFailedException(Upid upid, String exitStatus, List<TaskLogLine> log) {
        super(describe(upid, exitStatus, log));
        this.upid = upid;
        this.exitStatus = exitStatus;
        this.log = List.copyOf(log);
    }

    public Upid upid() {
        return upid;
    }

    /** The server's exit status, e.g. {@code "unable to find configuration file for VM 100"}. */
    public String exitStatus() {
        return exitStatus;
    }

    /** The last lines of the task log. */
    public List<TaskLogLine> log() {
        return log;
    }

    private static String describe(Upid upid, String exitStatus, List<TaskLogLine> log) {
        StringBuilder text = new StringBuilder("task ").append(upid.type());
        if (!upid.id().isEmpty()) {
            text.append(' ').append(upid.id());
        }
        text.append(" on node ")
                .append(upid.node())
                .append(" failed: ")
                .append(exitStatus)
                .append(" (")
                .append(upid)
                .append(')');
        if (!log.isEmpty()) {
            text.append(System.lineSeparator()).append("last lines of the task log:");
            log.forEach(line -> text.append(System.lineSeparator()).append("  ").append(line.text()));
        }
        return text.toString();
    }
}
