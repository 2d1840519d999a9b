package dev.pvecodegen.schema.model;

import java.util.Objects;

/**
 * Where a schema came from.
 *
 * @param name a display name: a pinned name such as {@code pve-9.2}, a file name or a URL
 * @param sha256 lower-case hex SHA-256 of the bytes read (the .js file or JSON as given)
 */
public record SchemaSource(String name, String sha256) {
    public SchemaSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }
}
