package dev.pvecodegen.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * The {@code names} section of one supplement applied to a model: what the binding stage names classes by. Sections
 * apply in order, a later one overriding an earlier one for the same class.
 *
 * @param supplement the file name of the supplement ({@code pve.supplement.json}), for messages
 * @param shipped whether it is the supplement shipped for the product: its entries pin names across releases, so an
 *     entry whose target a release lacks is skipped rather than refused
 * @param names the entries, in file order
 */
public record NameSection(String supplement, boolean shipped, List<NameOverride> names) {
    public NameSection {
        Objects.requireNonNull(supplement, "supplement");
        names = List.copyOf(names);
    }

    /** Where an entry is, for messages: {@code pve.supplement.json#/names/3}. */
    public String locate(NameOverride entry) {
        return supplement + "#" + entry.pointer();
    }
}
