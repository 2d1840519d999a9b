package dev.pvecodegen.runtime.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.ApiExecutor;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.json.PveJson;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** An executor answering from a function of the request (a JSON text for {@code data}), recording every call. */
public final class ScriptedExecutor implements ApiExecutor {
    private final ObjectMapper mapper = PveJson.newMapper();
    private final Function<ApiRequest, String> script;
    private final List<ApiRequest> calls = new CopyOnWriteArrayList<>();

    public ScriptedExecutor(Function<ApiRequest, String> script) {
        this.script = script;
    }

    public List<ApiRequest> calls() {
        return List.copyOf(calls);
    }

    @Override
    public <T> T execute(ApiRequest request, Class<T> type) {
        return decode(request, mapper.constructType(type));
    }

    @Override
    public <T> T execute(ApiRequest request, TypeReference<T> type) {
        return decode(request, mapper.constructType(type));
    }

    // T is fixed by the Class or TypeReference of execute(); Jackson's JavaType carries no parameter.
    @SuppressWarnings("TypeParameterUnusedInFormals")
    private <T> T decode(ApiRequest request, JavaType type) {
        calls.add(request);
        String json = script.apply(request);
        try {
            if (type.getRawClass() == Void.class) {
                return null;
            }
            JsonNode node = mapper.readTree(json);
            return mapper.readerFor(type).readValue(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ObjectMapper mapper() {
        return mapper;
    }
}
