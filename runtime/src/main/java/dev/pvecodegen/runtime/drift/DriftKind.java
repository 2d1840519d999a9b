package dev.pvecodegen.runtime.drift;

/** What a generated type did not expect in an answer. Nothing is lost in any case: the value stays reachable. */
public enum DriftKind {
    /** A field the schema does not declare; kept in {@code additionalProperties()}. */
    UNDECLARED_FIELD("is not declared by the schema; kept raw"),
    /** A declared field whose value has another type than declared; kept raw in {@code additionalProperties()}. */
    UNEXPECTED_TYPE("has a value of another type than the schema declares; kept raw"),
    /** Data on an operation the schema says returns nothing (generated as {@code void}); it was discarded. */
    DATA_ON_VOID("carries data although the schema declares no answer; discarded"),
    /** An enum value the schema does not list; kept as an unknown value ({@code isKnown()} is false). */
    UNKNOWN_ENUM_VALUE("has an enum value the schema does not list; kept as an unknown value");

    private final String explanation;

    DriftKind(String explanation) {
        this.explanation = explanation;
    }

    /** A phrase for log lines and reports, after the field: "is not declared by the schema; kept raw". */
    public String explanation() {
        return explanation;
    }
}
