package dev.pvecodegen.runtime.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.UnexpectedAnswerException;
import dev.pvecodegen.runtime.drift.DriftScope;
import java.io.IOException;

/**
 * Whether the whole {@code data} of an answer has a shape the requested type can read, judged from its first token
 * before anything is decoded. A mismatch at the top cannot be kept in the usual places (there is no object to hold
 * {@code additionalProperties()}), so the decoders read it as a tree and throw it in an
 * {@link UnexpectedAnswerException} instead of losing it in a mapping error. Mismatches further down are kept raw by
 * the lenient readers of the generated classes.
 */
final class AnswerShape {
    private AnswerShape() {}

    /**
     * False when a container starts what {@code type} cannot read: an array for anything but a list, an object for a
     * scalar. A lone object passes for a list of it, as the mapper accepts it ({@code ACCEPT_SINGLE_VALUE_AS_ARRAY}).
     * Scalar answers are judged by {@link #readScalar}.
     */
    static boolean fits(JsonToken first, JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            return true;
        }
        if (first == JsonToken.START_ARRAY) {
            return type.isCollectionLikeType() || type.isArrayType();
        }
        return first != JsonToken.START_OBJECT || !isScalar(raw);
    }

    /**
     * A scalar answer (one value, read whole first because it is small) as {@code type}; one the type refuses (a
     * string for a number, a non-empty string for an object) fails the call with the value kept.
     */
    // T is fixed by the caller's Class or TypeReference, turned into Jackson's JavaType, which carries no parameter.
    @SuppressWarnings("TypeParameterUnusedInFormals")
    static <T> T readScalar(ObjectMapper mapper, JsonNode data, JavaType type, String operation) {
        try (JsonParser parser = mapper.treeAsTokens(data)) {
            return mapper.readValue(parser, type);
        } catch (IOException | RuntimeException e) {
            throw mismatch(operation, data, type);
        }
    }

    /** The exception for {@code data} that does not fit {@code type}; counted in the drift report as well. */
    static UnexpectedAnswerException mismatch(String operation, JsonNode data, JavaType type) {
        DriftScope.unexpectedType(null, data);
        return new UnexpectedAnswerException(
                operation + ": the answer is " + article(DriftScope.jsonType(data)) + " where the client reads "
                        + type.toCanonical() + "; it is kept whole in UnexpectedAnswerException.data()",
                data);
    }

    private static boolean isScalar(Class<?> raw) {
        return raw.isPrimitive() || raw == String.class || raw == Boolean.class || Number.class.isAssignableFrom(raw);
    }

    private static String article(String jsonType) {
        return (jsonType.startsWith("a") || jsonType.startsWith("o") ? "an " : "a ") + jsonType;
    }
}
