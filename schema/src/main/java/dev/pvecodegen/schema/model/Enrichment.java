package dev.pvecodegen.schema.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What supplements and inference added to a model beyond what the schema declares: for {@code inspect}, the
 * schema diff and coverage reports.
 *
 * @param supplements display names of the supplement files applied, in order
 * @param entries the outcome of every supplement entry, in file order
 * @param inferred for each inference rule (in the order the rules run), the keys of the operations whose answer it
 *     typed, in schema order
 * @param names the {@code names} sections of the supplements, in the order they apply: the class names the binding
 *     stage gives
 */
public record Enrichment(
        List<String> supplements,
        List<EntryOutcome> entries,
        Map<String, List<String>> inferred,
        List<NameSection> names) {

    public Enrichment {
        supplements = List.copyOf(supplements);
        entries = List.copyOf(entries);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        inferred.forEach((rule, keys) -> copy.put(rule, List.copyOf(keys)));
        inferred = Collections.unmodifiableMap(copy);
        names = List.copyOf(names);
    }

    /** Nothing added: no supplement, no inference. */
    public static Enrichment none() {
        return new Enrichment(List.of(), List.of(), Map.of(), List.of());
    }

    public Enrichment withInferred(Map<String, List<String>> byRule) {
        return new Enrichment(supplements, entries, byRule, names);
    }

    /** The same enrichment with other name sections (tests, and tools that name classes themselves). */
    public Enrichment withNames(List<NameSection> sections) {
        return new Enrichment(supplements, entries, inferred, sections);
    }

    /**
     * Whether a supplement applied to the model is the one shipped for the product rather than a user's file (every
     * supplement applied has a names section, empty or not, that says so).
     */
    public boolean shipped(String supplement) {
        return names.stream()
                .anyMatch(section -> section.shipped() && section.supplement().equals(supplement));
    }

    /** The entries with the given status, in file order. */
    public List<EntryOutcome> entries(EntryStatus status) {
        return entries.stream().filter(e -> e.status() == status).toList();
    }

    /** What became of one supplement entry when it was applied to a schema. */
    public enum EntryStatus {
        /** The entry changed the model. */
        APPLIED,
        /** The schema already declares what the entry says, identically: a newer release fixed the schema. */
        REDUNDANT,
        /** The entry's operation, pointer or format does not exist in this schema. */
        UNMATCHED,
        /** The entry is for other product versions than this schema's. */
        OTHER_VERSION
    }

    /**
     * One supplement entry and what it did.
     *
     * @param supplement the display name of its file
     * @param id the entry's id (unique within its file)
     * @param kind {@code properties}, {@code schema}, {@code keys} or {@code object-form}
     * @param target {@code GET /nodes returns /items} or {@code format prune-backups}
     * @param method the target operation's method, empty for a format target
     * @param path the target operation's path, empty for a format target
     * @param status applied, redundant, unmatched or for another version
     * @param detail why, in one line (what did not match, which versions the entry is for)
     */
    public record EntryOutcome(
            String supplement,
            String id,
            String kind,
            String target,
            Optional<HttpMethod> method,
            Optional<String> path,
            EntryStatus status,
            String detail) {
        public EntryOutcome {
            Objects.requireNonNull(supplement, "supplement");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(detail, "detail");
        }

        /** {@code pve.supplement.json#nodes-items}. */
        public String reference() {
            return supplement + "#" + id;
        }
    }
}
