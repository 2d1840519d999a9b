package dev.pvecodegen.runtime.task;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One line of a task log as {@code GET /nodes/{node}/tasks/{upid}/log} returns it ({@code {n, t}}). */
public record TaskLogLine(
        @JsonProperty("n") long number, @JsonProperty("t") String text) {
    @Override
    public String toString() {
        return number + ": " + text;
    }
}
