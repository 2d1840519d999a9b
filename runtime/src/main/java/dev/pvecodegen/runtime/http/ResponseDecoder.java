package dev.pvecodegen.runtime.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.ApiFormat;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.PveException;
import dev.pvecodegen.runtime.TransportException;
import dev.pvecodegen.runtime.drift.DriftScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the answer envelope ({@code {data, success, status, message, errors, total}}) in one pass, decoding
 * {@code data} straight from the stream into the requested type (no intermediate tree), and turns an error
 * (HTTP status, or {@code success: 0} in the extjs format) into the matching exception. {@code data} of another
 * shape than the type reads fails the call with an {@link dev.pvecodegen.runtime.UnexpectedAnswerException} that
 * holds it.
 */
public final class ResponseDecoder {
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final ObjectMapper mapper;
    private final ApiFormat format;

    public ResponseDecoder(ObjectMapper mapper, ApiFormat format) {
        this.mapper = mapper;
        this.format = format;
    }

    /** Decodes {@code data}, or throws the error the answer carries. Always consumes and closes the body. */
    // T is fixed by the caller's Class or TypeReference, turned into Jackson's JavaType, which carries no parameter.
    @SuppressWarnings("TypeParameterUnusedInFormals")
    public <T> T decode(RawResponse response, ApiRequest request, JavaType type) {
        String operation = request.describe() + " on " + response.endpoint();
        try (InputStream body = response.body()) {
            if (response.status() < 200 || response.status() > 299) {
                throw errorFromBody(response.status(), readBounded(body), operation);
            }
            Envelope<T> envelope = readEnvelope(body, type, operation);
            body.transferTo(OutputStream.nullOutputStream()); // lets the connection be reused
            if (envelope.success != null && !envelope.success) {
                int status = envelope.status > 0 ? envelope.status : 500;
                throw ErrorMapper.map(status, envelope.message, envelope.errors, operation);
            }
            return envelope.data;
        } catch (JsonProcessingException e) {
            throw new PveException(operation + ": the answer is not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            if (ConnectionFailures.isResponseTimeout(e)) {
                throw Transport.timedOut(operation, response.endpoint(), e);
            }
            throw new TransportException(
                    operation + ": reading the answer failed (" + e.getMessage() + ")",
                    response.endpoint().authority(),
                    true,
                    ConnectionFailures.isConnectionReset(e),
                    e);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> Envelope<T> readEnvelope(InputStream body, JavaType type, String operation) throws IOException {
        Envelope<T> envelope = new Envelope<>();
        boolean discard = type.getRawClass() == Void.class || type.getRawClass() == void.class;
        try (JsonParser parser = mapper.createParser(body)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new PveException(operation + ": the answer is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "data" -> {
                        if (discard) {
                            DriftScope.dataOnVoid(parser.currentToken());
                            parser.skipChildren();
                        } else {
                            envelope.data = decodeData(parser, type, operation);
                        }
                    }
                    case "success" ->
                        envelope.success = parser.currentToken() == JsonToken.VALUE_TRUE
                                || (parser.currentToken().isNumeric() && parser.getIntValue() != 0)
                                || "1".equals(parser.getValueAsString());
                    case "status" -> envelope.status = parser.getValueAsInt(0);
                    case "message" -> envelope.message = parser.getValueAsString();
                    case "errors" -> envelope.errors = readErrors(mapper.readTree(parser));
                    default -> parser.skipChildren();
                }
            }
        }
        if (!discard && envelope.data == null && type.getRawClass() == JsonNode.class) {
            envelope.data = (T) mapper.nullNode();
        }
        return envelope;
    }

    // T is fixed by the caller's Class or TypeReference, turned into Jackson's JavaType, which carries no parameter.
    @SuppressWarnings("TypeParameterUnusedInFormals")
    private <T> T decodeData(JsonParser parser, JavaType type, String operation) throws IOException {
        DriftScope.Reading reading = DriftScope.reading(parser, 1);
        try {
            JsonToken first = parser.currentToken();
            if (first.isScalarValue() && first != JsonToken.VALUE_NULL) {
                return AnswerShape.readScalar(mapper, mapper.readTree(parser), type, operation);
            }
            if (!AnswerShape.fits(first, type)) {
                throw AnswerShape.mismatch(operation, mapper.readTree(parser), type);
            }
            return mapper.readValue(parser, type);
        } catch (JsonMappingException e) {
            throw new PveException(
                    operation + ": cannot read the answer as " + type.getGenericSignature() + ": "
                            + e.getOriginalMessage(),
                    e);
        } finally {
            reading.close();
        }
    }

    private PveException errorFromBody(int status, byte[] body, String operation) {
        String message = null;
        Map<String, String> errors = Map.of();
        try {
            JsonNode json = mapper.readTree(body);
            if (json != null && json.isObject()) {
                message = json.path("message").isTextual() ? json.get("message").asText() : null;
                errors = readErrors(json.get("errors"));
            }
        } catch (IOException notJson) {
            String text = new String(body, StandardCharsets.UTF_8)
                    .replaceAll("<[^>]*>", " ")
                    .strip();
            message = text.isEmpty() ? null : text.substring(0, Math.min(text.length(), 300));
        }
        if (message == null && errors.isEmpty()) {
            message = StatusTexts.describe(status);
            if (format == ApiFormat.JSON && status != 401) {
                message += " (no message in the body: servers before pve-http-server 5.2.0 send it only in the HTTP"
                        + " reason phrase, which java.net.http cannot read; the default ApiFormat.EXTJS shows it)";
            }
        }
        return ErrorMapper.map(status, message, errors, operation);
    }

    private static Map<String, String> readErrors(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Map.of();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        node.properties()
                .forEach(e -> errors.put(
                        e.getKey(),
                        e.getValue().isTextual()
                                ? e.getValue().asText()
                                : e.getValue().toString()));
        return errors;
    }

    private static byte[] readBounded(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_ERROR_BODY);
        body.transferTo(OutputStream.nullOutputStream());
        return bytes;
    }

    /** The fields of one answer. */
    private static final class Envelope<T> {
        T data;
        Boolean success;
        int status;
        String message;
        Map<String, String> errors = Map.of();
    }
}
