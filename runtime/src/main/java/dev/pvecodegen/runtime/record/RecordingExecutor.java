package dev.pvecodegen.runtime.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pvecodegen.runtime.ApiExecutor;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.PveException;
import dev.pvecodegen.runtime.task.TaskPolling;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Objects;

/**
 * An {@link ApiExecutor} that records every successful answer of the executor it wraps as one JSON file (see the
 * runtime README for the format), with every secret redacted before anything is written, and then decodes it as the
 * wrapped executor would. Recording never fails a call: when a cap is reached or a write fails it stops, with one
 * warning, and calls go straight through from then on. Thread-safe when the wrapped executor is.
 *
 * <pre>{@code
 * ApiExecutor recorded = new RecordingExecutor(client, RecordingOptions.to(Path.of("answers")));
 * new Pve(recorded).nodes().get();     // writes answers/000001-GET-nodes.json
 * }</pre>
 *
 * {@code PveClient.builder().recordAnswers(dir)} does the same inside the client.
 */
public final class RecordingExecutor implements ApiExecutor {
    private static final System.Logger LOG = System.getLogger("dev.pvecodegen.runtime.record");
    private static final ObjectMapper WRITER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final ApiRequest VERSION =
            ApiRequest.builder(HttpVerb.GET, "/version").build();

    private final ApiExecutor delegate;
    private final AnswerDirectory directory;
    private final Redactor redactor;
    private final Clock clock;
    private boolean versionAsked;
    private String version;

    /**
     * @throws java.io.UncheckedIOException when the directory cannot be created or read
     */
    public RecordingExecutor(ApiExecutor delegate, RecordingOptions options) {
        this(delegate, options, Clock.systemUTC());
    }

    /** As {@link #RecordingExecutor(ApiExecutor, RecordingOptions)}, with the clock that dates the recordings. */
    public RecordingExecutor(ApiExecutor delegate, RecordingOptions options, Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.directory = new AnswerDirectory(Objects.requireNonNull(options, "options"));
        this.redactor = new Redactor(options.scrubbers());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public <T> T execute(ApiRequest request, Class<T> type) {
        return directory.isOpen()
                ? recordAndDecode(request, delegate.mapper().constructType(type))
                : delegate.execute(request, type);
    }

    @Override
    public <T> T execute(ApiRequest request, TypeReference<T> type) {
        return directory.isOpen()
                ? recordAndDecode(request, delegate.mapper().constructType(type))
                : delegate.execute(request, type);
    }

    @SuppressWarnings("TypeParameterUnusedInFormals") // T is fixed by the public execute()'s Class or TypeReference
    private <T> T recordAndDecode(ApiRequest request, JavaType type) {
        JsonNode data = delegate.execute(request, JsonNode.class);
        record(request, data);
        return delegate.decode(request, data, type);
    }

    @Override
    @SuppressWarnings("TypeParameterUnusedInFormals") // as ApiExecutor.decode
    public <T> T decode(ApiRequest request, JsonNode data, JavaType type) {
        return delegate.decode(request, data, type);
    }

    @Override
    public ObjectMapper mapper() {
        return delegate.mapper();
    }

    @Override
    public TaskPolling taskPolling() {
        return delegate.taskPolling();
    }

    /** False once a cap was reached or a write failed. */
    public boolean isRecording() {
        return directory.isOpen();
    }

    private void record(ApiRequest request, JsonNode data) {
        try {
            Redactor.Redacted redacted = redactor.redact(request, data);
            byte[] bytes = WRITER.writeValueAsBytes(
                    AnswerFile.document(request, redacted, serverVersion(request, data), clock.instant()));
            directory.write(AnswerFile.label(request.verb().name(), redacted.path()), bytes);
        } catch (JsonProcessingException | RuntimeException e) {
            // Recording is a by-product: it must never fail the call it records.
            LOG.log(Level.WARNING, "recording " + request.describe() + " failed: " + e.getMessage());
        }
    }

    /** The server's version, from {@code GET /version} once (from this very answer when it is that call). */
    private synchronized String serverVersion(ApiRequest request, JsonNode data) {
        if (request.verb() == HttpVerb.GET && request.pathTemplate().equals("/version") && data != null) {
            versionAsked = true;
            version = data.path("version").asText(null);
        }
        if (!versionAsked) {
            versionAsked = true;
            try {
                version = delegate.execute(VERSION, JsonNode.class)
                        .path("version")
                        .asText(null);
            } catch (PveException e) {
                LOG.log(Level.DEBUG, "the server version is unknown: GET /version failed (" + e.getMessage() + ")");
            }
        }
        return version;
    }
}
