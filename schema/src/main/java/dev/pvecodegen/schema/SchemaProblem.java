package dev.pvecodegen.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in an input schema.
 *
 * @param pointer JSON pointer into the input ({@code ""} for the whole document)
 * @param path the API path of the enclosing node, when known
 * @param method the HTTP method of the enclosing operation, when known
 * @param parameter the parameter (or property) concerned, when known
 * @param message what is wrong, in one sentence
 */
public record SchemaProblem(
        String pointer, Optional<String> path, Optional<String> method, Optional<String> parameter, String message) {

    public SchemaProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(message, "message");
    }

    /** A problem of the document as a whole (not JSON, too large, …). */
    public static SchemaProblem global(String message) {
        return new SchemaProblem("", Optional.empty(), Optional.empty(), Optional.empty(), message);
    }

    public static SchemaProblem at(String pointer, String message) {
        return new SchemaProblem(pointer, Optional.empty(), Optional.empty(), Optional.empty(), message);
    }

    /** {@code POST /nodes/{node}/qemu › net[n] at /0/children/1/info/POST: message}. */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder();
        method.ifPresent(m -> where.append(m).append(' '));
        path.ifPresent(where::append);
        parameter.ifPresent(p -> where.append(where.length() > 0 ? " › " : "").append(p));
        if (where.length() > 0) {
            where.append(' ');
        }
        where.append("at ").append(pointer.isEmpty() ? "(document)" : pointer);
        return where + ": " + message;
    }
}
