package dev.pvecodegen.schema.model;

import java.util.Objects;

/**
 * What an operation returns inside the {@code {data: …}} envelope.
 *
 * @param type the type; {@link ApiType.NullType} for nothing, {@link ApiType.UpidType} for a task id
 * @param optional true when the value may be absent or null even though a type is given
 * @param doc documentation of the return value
 * @param pointer JSON pointer of the returns schema
 */
public record Returns(ApiType type, boolean optional, Documentation doc, String pointer) {
    public Returns {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(pointer, "pointer");
    }
}
