package dev.pvecodegen.schema;

import java.util.Objects;

/**
 * A schema the project knows by name, with the checksum its file must have.
 *
 * @param name the short name, e.g. {@code pve-9.2}
 * @param product the product, e.g. {@code Proxmox VE}
 * @param version the product version, e.g. {@code 9.2}
 * @param sha256 lower-case hex SHA-256 of the file
 * @param fileName the file name in the shared apidoc directory
 */
public record PinnedSchema(String name, String product, String version, String sha256, String fileName) {
    public PinnedSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(fileName, "fileName");
    }
}
