package dev.pvecodegen.schema.supplement;

import java.util.Objects;

/**
 * A Java type name chosen for a target of the binding stage (the {@code names} section of a supplement). The
 * supplement only checks the structure; the binding stage interprets {@code target}.
 *
 * @param target what is named, in the binding stage's notation
 * @param name a Java type identifier ({@code QemuConfig})
 * @param reason why this name
 * @param pointer JSON pointer of the entry in its file ({@code /names/3}), for messages
 */
public record NameOverride(String target, String name, String reason, String pointer) {
    public NameOverride {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(pointer, "pointer");
    }
}
