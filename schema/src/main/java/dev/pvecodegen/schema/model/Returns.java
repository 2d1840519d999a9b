package dev.pvecodegen.schema.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What an operation returns inside the {@code {data: …}} envelope.
 *
 * @param type the type; {@link ApiType.NullType} for nothing, {@link ApiType.UpidType} for a task id
 * @param optional true when the value may be absent or null even though a type is given
 * @param doc documentation of the return value
 * @param pointer JSON pointer of the returns schema
 * @param childLink for directory indexes: the member of each item that names a child path, from apidoc's
 *     {@code links: [{rel: "child", href: "{name}"}]} ({@code name}); empty when the schema has no such link
 */
public record Returns(ApiType type, boolean optional, Documentation doc, String pointer, Optional<String> childLink) {
    public Returns {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(childLink, "childLink");
    }

    /** A return value without a child link. */
    public Returns(ApiType type, boolean optional, Documentation doc, String pointer) {
        this(type, optional, doc, pointer, Optional.empty());
    }

    /** The same return value with another type (refined by a supplement or an inference rule). */
    public Returns withType(ApiType newType) {
        return new Returns(newType, optional, doc, pointer, childLink);
    }
}
