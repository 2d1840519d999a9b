package dev.pvecodegen.schema.supplement;

import dev.pvecodegen.schema.model.NameOverride;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A supplement file ({@code pvecodegen-supplement/1}, documented in {@code docs/supplement.md}): facts about what
 * servers send that the apidoc schema does not declare, and Java names for the binding stage.
 *
 * @param displayName where it was read from (a file name, or {@code pve.supplement.json} for the shipped one)
 * @param product {@code pve} or {@code pbs}
 * @param description what the file is about
 * @param entries the facts, in file order
 * @param names the {@code names} section, unchanged and in file order
 */
public record Supplement(
        String displayName,
        String product,
        Optional<String> description,
        List<SupplementEntry> entries,
        List<NameOverride> names) {

    /** The format identifier every supplement file starts with. */
    public static final String FORMAT = "pvecodegen-supplement/1";

    /**
     * The file name without its directory ({@code my.supplement.json}): how origins and reports name the supplement,
     * so that generated code does not depend on where the file lies.
     */
    public String fileName() {
        int slash = Math.max(displayName.lastIndexOf('/'), displayName.lastIndexOf('\\'));
        return displayName.substring(slash + 1);
    }

    public Supplement {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(description, "description");
        entries = List.copyOf(entries);
        names = List.copyOf(names);
    }
}
