package dev.pvecodegen.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.http.TreeDecoder;
import dev.pvecodegen.runtime.task.Task;
import dev.pvecodegen.runtime.task.TaskPolling;
import dev.pvecodegen.runtime.task.Upid;

/**
 * Sends one {@link ApiRequest} and decodes the {@code data} member of the answer. Implemented by {@link PveClient};
 * generated code calls nothing else, so tests can substitute their own executor.
 */
public interface ApiExecutor {

    /**
     * Sends the request and decodes {@code data} as {@code type}. {@code Void.class} discards it and returns
     * {@code null}; {@code JsonNode.class} returns it raw.
     *
     * @throws PveException (unchecked) when the server answers with an error or cannot be reached
     */
    <T> T execute(ApiRequest request, Class<T> type);

    /** As {@link #execute(ApiRequest, Class)}, for generic types such as {@code List<Foo>}. */
    <T> T execute(ApiRequest request, TypeReference<T> type);

    /** The mapper used to decode answers (see {@link dev.pvecodegen.runtime.json.PveJson#newMapper()}). */
    ObjectMapper mapper();

    /**
     * Decodes {@code data} already received for {@code request} as {@code type}, the way {@link #execute} decodes
     * it. Decorators that fetch the raw answer (such as {@link dev.pvecodegen.runtime.record.RecordingExecutor})
     * call it, so that the executor's own decoding, its drift report included, still applies.
     */
    @SuppressWarnings("TypeParameterUnusedInFormals") // T is the caller's, as for execute(); JavaType carries none
    default <T> T decode(ApiRequest request, JsonNode data, JavaType type) {
        return TreeDecoder.decode(mapper(), request, data, type);
    }

    /**
     * How tasks started through this executor are polled; {@link Task#Task(ApiExecutor, Upid)} uses it, so a
     * client's clock, sleeper and polling options reach the task handles generated code creates.
     */
    default TaskPolling taskPolling() {
        return TaskPolling.defaults();
    }
}
