package dev.pvecodegen.runtime.support;

import dev.pvecodegen.runtime.ApiExecutor;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.task.Task;
import dev.pvecodegen.runtime.task.Upid;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Call shapes shared by the generated resource classes: each operation method is one call of one of these, with
 * the request as {@code apiRequest(verb)} built it, the parameters (when the operation has any) and the answer's
 * class. Checking the parameters, applying them and picking the type reference happen here, once, instead of a
 * chain of generic calls in every generated method (which costs javac far more to attribute).
 */
public final class Calls {

    private Calls() {}

    /** Runs an operation that answers a {@code type}. */
    public static <T> T object(ApiExecutor executor, ApiRequest.Builder call, Class<T> type) {
        return executor.execute(call.build(), type);
    }

    /** Runs an operation with parameters that answers a {@code type}. */
    public static <T> T object(
            ApiExecutor executor, ApiRequest.Builder call, RequestParameters parameters, Class<T> type) {
        return object(executor, apply(call, parameters), type);
    }

    /** Runs an operation that answers a list of {@code element}. */
    public static <T> List<T> list(ApiExecutor executor, ApiRequest.Builder call, Class<T> element) {
        return executor.execute(call.build(), TypeRefs.listOf(element));
    }

    /** Runs an operation with parameters that answers a list of {@code element}. */
    public static <T> List<T> list(
            ApiExecutor executor, ApiRequest.Builder call, RequestParameters parameters, Class<T> element) {
        return list(executor, apply(call, parameters), element);
    }

    /** Runs an operation that answers an object of {@code value} by key. */
    public static <T> Map<String, T> map(ApiExecutor executor, ApiRequest.Builder call, Class<T> value) {
        return executor.execute(call.build(), TypeRefs.mapOf(value));
    }

    /** Runs an operation with parameters that answers an object of {@code value} by key. */
    public static <T> Map<String, T> map(
            ApiExecutor executor, ApiRequest.Builder call, RequestParameters parameters, Class<T> value) {
        return map(executor, apply(call, parameters), value);
    }

    /** Runs an operation that answers nothing. */
    public static void run(ApiExecutor executor, ApiRequest.Builder call) {
        executor.execute(call.build(), Void.class);
    }

    /** Runs an operation with parameters that answers nothing. */
    public static void run(ApiExecutor executor, ApiRequest.Builder call, RequestParameters parameters) {
        run(executor, apply(call, parameters));
    }

    /** Runs an operation that starts a worker and returns its task handle. */
    public static Task task(ApiExecutor executor, ApiRequest.Builder call) {
        return task(executor, call.build());
    }

    /** Runs an operation with parameters that starts a worker and returns its task handle. */
    public static Task task(ApiExecutor executor, ApiRequest.Builder call, RequestParameters parameters) {
        return task(executor, apply(call, parameters).build());
    }

    /** Runs an operation that starts a worker only when needed. */
    public static Optional<Task> optionalTask(ApiExecutor executor, ApiRequest.Builder call) {
        return optionalTask(executor, call.build());
    }

    /** Runs an operation with parameters that starts a worker only when needed. */
    public static Optional<Task> optionalTask(
            ApiExecutor executor, ApiRequest.Builder call, RequestParameters parameters) {
        return optionalTask(executor, apply(call, parameters).build());
    }

    private static ApiRequest.Builder apply(ApiRequest.Builder call, RequestParameters parameters) {
        return Checks.notNull("request", parameters).applyTo(call);
    }

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
