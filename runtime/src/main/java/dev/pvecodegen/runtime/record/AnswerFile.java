package dev.pvecodegen.runtime.record;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.runtime.ApiRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The JSON document of one recorded call, and its file name. The members {@code method}, {@code path},
 * {@code version}, {@code source}, {@code kind} and {@code data} are those of the plain answer corpus
 * ({@code shared/answers}), so a reader of either format reads both; the rest adds what a recorder knows.
 */
final class AnswerFile {
    /** The value of the {@code format} member. */
    static final String FORMAT = "pvecodegen-answer/1";

    private static final int MAX_LABEL = 100;

    private AnswerFile() {}

    static ObjectNode document(ApiRequest request, Redactor.Redacted redacted, String version, Instant time) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("format", FORMAT);
        document.put("method", request.verb().name());
        document.put("path", redacted.path());
        document.put("pathTemplate", request.pathTemplate());
        document.set("params", redacted.params());
        document.put("status", 200);
        document.put("version", version);
        document.put("time", time.truncatedTo(ChronoUnit.MILLIS).toString());
        document.put("source", "recorded by the pvecodegen runtime");
        document.put("kind", "recorded");
        document.set(
                "redacted",
                document.arrayNode()
                        .addAll(redacted.pointers().stream()
                                .map(document::textNode)
                                .toList()));
        document.set("data", redacted.data() == null ? document.nullNode() : redacted.data());
        return document;
    }

    /** {@code GET-nodes-pve1-qemu-100-config}: only {@code [A-Za-z0-9._-]}, at most 100 characters. */
    static String label(String method, String path) {
        StringBuilder label = new StringBuilder(method);
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            label.append('-');
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                label.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_') ? c : '_');
            }
        }
        return label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL) : label.toString();
    }
}
