package dev.pvecodegen.generator.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One recorded answer: the call and the {@code data} member of what the server sent.
 *
 * @param method the HTTP method
 * @param path the concrete path ({@code /nodes/pve/qemu/100/config})
 * @param data the {@code data} member exactly as recorded
 * @param source where it was read from ({@code pve.json[12]}, a file name)
 */
public record Answer(String method, String path, JsonNode data, String source) {
    public Answer {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(source, "source");
    }

    /**
     * True when the answer carries something to type: not {@code null}, not an empty list or object. Coverage
     * percentages count only these.
     */
    public boolean hasData() {
        return !data.isNull() && !data.isMissingNode() && !(data.isContainerNode() && data.isEmpty());
    }
}
