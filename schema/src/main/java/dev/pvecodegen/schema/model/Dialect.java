package dev.pvecodegen.schema.model;

/** The two dialects of the apidoc format. */
public enum Dialect {
    /** Proxmox VE, produced by Perl {@code PVE::RESTHandler}: 0/1 flags, string or dict {@code format}. */
    PVE,
    /** Proxmox Backup Server and other Rust {@code proxmox-schema} products: booleans, schema-valued formats. */
    PBS
}
