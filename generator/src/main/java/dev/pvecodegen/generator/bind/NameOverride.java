package dev.pvecodegen.generator.bind;

import java.util.Objects;

/**
 * A class name chosen by a person rather than derived: one entry of the names section of a supplement file ({@code {"target": "GET /nodes/{node}/qemu/{vmid}/config#returns", "name": "QemuConfig", "reason": …}}).
 *
 * @param target where the class is used, in {@link Site} syntax
 * @param name the class name (a simple name; for an enum nested in a value class, its simple name inside it)
 * @param reason why, for reviewers
 * @param pointer where the entry is, for messages ({@code pve.names.json#/names/3})
 */
public record NameOverride(String target, String name, String reason, String pointer) {
    public NameOverride {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(pointer, "pointer");
    }
}
