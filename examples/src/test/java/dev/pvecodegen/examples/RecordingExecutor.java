package dev.pvecodegen.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.ApiExecutor;
import dev.pvecodegen.runtime.ApiRequest;
import java.util.ArrayList;
import java.util.List;

/** Passes calls on to a real client and remembers which operations (verb and path template) were called. */
final class RecordingExecutor implements ApiExecutor {
    private final ApiExecutor delegate;
    private final List<String> calls = new ArrayList<>();

    RecordingExecutor(ApiExecutor delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> T execute(ApiRequest request, Class<T> type) {
        record(request);
        return delegate.execute(request, type);
    }

    @Override
    public <T> T execute(ApiRequest request, TypeReference<T> type) {
        record(request);
        return delegate.execute(request, type);
    }

    @Override
    public ObjectMapper mapper() {
        return delegate.mapper();
    }

    private synchronized void record(ApiRequest request) {
        calls.add(request.verb() + " " + request.pathTemplate());
    }

    /** {@code "GET /nodes/{node}/qemu"}, in call order. */
    synchronized List<String> calls() {
        return List.copyOf(calls);
    }
}
