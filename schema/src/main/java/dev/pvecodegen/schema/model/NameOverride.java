package dev.pvecodegen.schema.model;

import java.util.Objects;

/**
 * A Java type name chosen by a person for a target of the binding stage: one entry of the names section of a
 * supplement ({@code {"target": "GET /nodes/{node}/qemu/{vmid}/config#returns", "name": "QemuConfig"}}). The
 * schema side only checks the entry's structure; the binding stage interprets the target.
 *
 * @param target what is named, in the binding stage's notation
 * @param name a Java type identifier ({@code QemuConfig})
 * @param reason why this name, for reviewers
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
