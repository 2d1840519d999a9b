package dev.pvecodegen.schema.supplement;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One fact of a supplement: what it adds, where, why and from which evidence.
 *
 * @param id unique within its file; how reports name the entry
 * @param kind what the entry does
 * @param target where it applies
 * @param fragment the apidoc-dialect JSON it adds: the {@code properties} or {@code keys} map, or the
 *     {@code schema}; for {@link Kind#LIKE} the operation target whose schema it copies; empty for
 *     {@link Kind#OBJECT_FORM}
 * @param reason why the fact is needed
 * @param evidence where the fact comes from (repository and path, or an answer-corpus reference)
 * @param versions the product versions it holds for ({@code 8}, {@code 9.2})
 * @param pointer JSON pointer of the entry in its file ({@code /entries/4})
 */
public record SupplementEntry(
        String id,
        Kind kind,
        Target target,
        Optional<JsonNode> fragment,
        String reason,
        List<String> evidence,
        List<String> versions,
        String pointer) {

    /** The five kinds of facts, by the member that carries them. */
    public enum Kind {
        /** {@code properties}: add or override properties of the object schema at the target. */
        PROPERTIES("properties"),
        /** {@code schema}: replace the schema at the target, e.g. declare the answer of a {@code null} return. */
        SCHEMA("schema"),
        /** {@code keys}: add or override keys of the property-string format at the target. */
        KEYS("keys"),
        /** {@code objectForm}: the property string at the target also arrives as a JSON object. */
        OBJECT_FORM("objectForm"),
        /**
         * {@code like}: the schema at the target is another operation's ({@code GET …/snapshot/{snapname}/config}
         * answers what {@code GET …/config} does).
         */
        LIKE("like");

        private final String member;

        Kind(String member) {
            this.member = member;
        }

        /** The entry member that carries the fact. */
        public String member() {
            return member;
        }

        /** {@code properties}, {@code schema}, {@code keys}, {@code object-form}: for reports. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public SupplementEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(fragment, "fragment");
        Objects.requireNonNull(reason, "reason");
        evidence = List.copyOf(evidence);
        versions = List.copyOf(versions);
        Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * True when the entry holds for a product version: {@code 9.2} matches the entries {@code 9} and {@code 9.2}.
     * An unknown version (a schema that is not pinned) matches every entry.
     */
    public boolean appliesTo(Optional<String> productVersion) {
        if (productVersion.isEmpty()) {
            return true;
        }
        String version = productVersion.get();
        return versions.stream().anyMatch(v -> version.equals(v) || version.startsWith(v + "."));
    }
}
