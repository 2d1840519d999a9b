package dev.pvecodegen.runtime.support;

import dev.pvecodegen.runtime.ApiExecutor;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.task.Task;
import dev.pvecodegen.runtime.task.Upid;
import java.util.Optional;

/** Call shapes shared by the generated resource classes. */
public final class Calls {

    private Calls() {}

    /** Runs an operation that starts a worker and returns its task handle. */
    public static Task task(ApiExecutor executor, ApiRequest request) {
        String upid = executor.execute(request, String.class);
        if (upid == null || upid.isEmpty()) {
            throw new IllegalStateException(request.verb() + " " + request.path() + " returned no task id");
        }
        return new Task(executor, Upid.parse(upid));
    }

    /** Runs an operation that starts a worker only when needed (its task id may be absent). */
    public static Optional<Task> optionalTask(ApiExecutor executor, ApiRequest request) {
        String upid = executor.execute(request, String.class);
        return upid == null || upid.isEmpty() ? Optional.empty() : Optional.of(new Task(executor, Upid.parse(upid)));
    }
}
