package dev.pvecodegen.simulator.task;

import java.util.function.Consumer;

/**
 * What a task does when its time has run out; throwing {@link dev.pvecodegen.simulator.http.ApiError} (or any
 * runtime exception) ends the task with that error as exit status. {@link #rollback()} undoes what the call
 * prepared (a reserved VMID, a lock) when the task fails.
 */
public interface TaskWork {
    void run(TaskLog log);

    default void rollback() {}

    static TaskWork nothing() {
        return log -> {};
    }

    static TaskWork of(Consumer<TaskLog> run, Runnable rollback) {
        return new TaskWork() {
            @Override
            public void run(TaskLog log) {
                run.accept(log);
            }

            @Override
            public void rollback() {
                rollback.run();
            }
        };
    }
}
