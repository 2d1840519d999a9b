package dev.pvecodegen.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The server answered with {@code data} of another shape than the operation declares (a list where one object is
 * declared, an object where a number is): no typed value can hold it, so the call fails, but nothing is lost:
 * {@link #data()} is the answer as received. The message names the operation and both shapes, never a value.
 */
public class UnexpectedAnswerException extends PveException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // a tree of the answer; exceptions of the client are not serialised across JVMs
    private final transient JsonNode data;

    public UnexpectedAnswerException(String message, JsonNode data) {
        super(message);
        this.data = data;
    }

    /** The {@code data} member of the answer, exactly as the server sent it. */
    public JsonNode data() {
        return data;
    }
}
