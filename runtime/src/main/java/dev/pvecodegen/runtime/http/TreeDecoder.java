package dev.pvecodegen.runtime.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.PveException;
import dev.pvecodegen.runtime.drift.DriftScope;
import java.io.IOException;

/**
 * Decodes {@code data} that was already read as a tree into the requested type, with the same results and drift
 * reports as {@link ResponseDecoder} gives when it decodes from the stream. Used when something between the call and
 * the decoding needs the raw answer (recording).
 */
public final class TreeDecoder {

    private TreeDecoder() {}

    /** {@code Void} gives null, {@code JsonNode} the tree itself (a null node when there was no data). */
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // T is the caller's, as for ApiExecutor.execute
    public static <T> T decode(ObjectMapper mapper, ApiRequest request, JsonNode data, JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == Void.class || raw == void.class) {
            if (data != null && !data.isMissingNode()) {
                DriftScope.dataOnVoid(data.asToken());
            }
            return null;
        }
        if (raw == JsonNode.class) {
            return (T) (data == null ? mapper.nullNode() : data);
        }
        if (data == null || data.isNull() || data.isMissingNode()) {
            return null;
        }
        try (JsonParser parser = mapper.treeAsTokens(data)) {
            DriftScope.Reading reading = DriftScope.reading(parser, 0);
            try {
                if (data.isValueNode()) {
                    return AnswerShape.readScalar(mapper, data, type, request.describe());
                }
                if (!AnswerShape.fits(data.asToken(), type)) {
                    throw AnswerShape.mismatch(request.describe(), data, type);
                }
                return mapper.readValue(parser, type);
            } finally {
                reading.close();
            }
        } catch (JsonMappingException e) {
            throw new PveException(
                    request.describe() + ": cannot read the answer as " + type.getGenericSignature() + ": "
                            + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new PveException(request.describe() + ": cannot read the answer (" + e.getMessage() + ")", e);
        }
    }
}
