package dev.pvecodegen.runtime.task;

import dev.pvecodegen.runtime.PveException;
import java.time.Duration;

/** Waiting for a task gave up; the task itself may well still be running on the server. */
public class TaskTimeoutException extends PveException {
    private static final long serialVersionUID = 1L;

    private final transient Upid upid;
    private final Duration waited;

    public TaskTimeoutException(Upid upid, Duration waited) {
        super("task " + upid + " had not finished after waiting " + human(waited) + "; it may still be running on"
                + " node " + upid.node() + ": wait again, or stop it with DELETE /nodes/" + upid.node()
                + "/tasks/{upid}");
        this.upid = upid;
        this.waited = waited;
    }

    public Upid upid() {
        return upid;
    }

    /** How long the caller waited. */
    public Duration waited() {
        return waited;
    }

    private static String human(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 10_000) {
            return millis + " ms";
        }
        long seconds = duration.toSeconds();
        return seconds < 120 ? seconds + " s" : (seconds / 60) + " min " + (seconds % 60) + " s";
    }
}
