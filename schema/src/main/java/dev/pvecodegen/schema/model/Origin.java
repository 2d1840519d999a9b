package dev.pvecodegen.schema.model;

import java.util.Objects;

/**
 * Where the declaration of a property comes from: the schema itself, an entry of a supplement file, or an inference
 * rule that derived it from another operation of the same schema. Supplemented and inferred properties are always
 * optional and read leniently, so that a wrong fact can never fail a call.
 *
 * @param kind schema, supplement or inference
 * @param source the supplement entry ({@code pve.supplement.json#nodes-items}) or the inference rule and the
 *     operation it copied from ({@code config-symmetry: PUT /cluster/options}); empty for the schema
 */
public record Origin(Kind kind, String source) {

    /** The three places a declaration can come from. */
    public enum Kind {
        SCHEMA,
        SUPPLEMENT,
        INFERRED
    }

    private static final Origin SCHEMA = new Origin(Kind.SCHEMA, "");

    public Origin {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }

    public static Origin schema() {
        return SCHEMA;
    }

    /** Declared by the entry {@code entryId} of the supplement named {@code supplement}. */
    public static Origin supplement(String supplement, String entryId) {
        return new Origin(Kind.SUPPLEMENT, supplement + "#" + entryId);
    }

    /** Derived by the inference rule {@code rule} from {@code from} (an operation key). */
    public static Origin inferred(String rule, String from) {
        return new Origin(Kind.INFERRED, rule + ": " + from);
    }

    public boolean isSchema() {
        return kind == Kind.SCHEMA;
    }

    /** {@code supplement pve.supplement.json#nodes-items}, {@code inferred by config-symmetry: PUT /x}. */
    public String describe() {
        return switch (kind) {
            case SCHEMA -> "declared by the schema";
            case SUPPLEMENT -> "from supplement " + source;
            case INFERRED -> "inferred by " + source;
        };
    }
}
