package dev.pvecodegen.schema.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Permission rules of an operation, kept for documentation only.
 *
 * @param description the prose description, if any
 * @param user {@code all} (any logged-in user) or {@code world} (no login), if stated
 * @param check the check expression rendered as compact text, e.g.
 *     {@code ["perm","/vms/{vmid}",["VM.Config.Disk"]]}, if any
 */
public record Permissions(Optional<String> description, Optional<String> user, Optional<String> check) {
    public Permissions {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(check, "check");
    }

    public static Permissions none() {
        return new Permissions(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return description.isEmpty() && user.isEmpty() && check.isEmpty();
    }
}
