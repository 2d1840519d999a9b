package dev.pvecodegen.generator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.ApiExecutor;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.json.PveJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** An executor that records requests and decodes a canned JSON {@code data} value with the real mapper. */
public final class RecordingExecutor implements ApiExecutor {
    private final ObjectMapper mapper = PveJson.newMapper();
    public final List<ApiRequest> requests = new ArrayList<>();
    public String data = "null";

    @Override
    public <T> T execute(ApiRequest request, Class<T> type) {
        requests.add(request);
        return decode(mapper.getTypeFactory().constructType(type));
    }

    @Override
    public <T> T execute(ApiRequest request, TypeReference<T> type) {
        requests.add(request);
        return decode(mapper.getTypeFactory().constructType(type));
    }

    @Override
    public ObjectMapper mapper() {
        return mapper;
    }

    public ApiRequest last() {
        return requests.get(requests.size() - 1);
    }

    // T is fixed by the Class or TypeReference of execute(); Jackson's JavaType carries no parameter.
    @SuppressWarnings("TypeParameterUnusedInFormals")
    private <T> T decode(JavaType type) {
        try {
            JsonNode node = mapper.readTree(data);
            return mapper.readerFor(type).readValue(mapper.treeAsTokens(node));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
