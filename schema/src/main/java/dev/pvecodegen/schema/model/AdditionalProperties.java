package dev.pvecodegen.schema.model;

import java.util.Objects;

/** What an object says about keys it does not declare. */
public sealed interface AdditionalProperties {

    /** Unknown keys are rejected by the server ({@code additionalProperties: 0/false}). */
    record Closed() implements AdditionalProperties {}

    /** Unknown keys of any type may appear ({@code 1}, {@code true}, or absent). */
    record Open() implements AdditionalProperties {}

    /** Unknown keys map to values of one type ({@code additionalProperties: {schema}}): a map. */
    record Typed(ApiType valueType) implements AdditionalProperties {
        public Typed {
            Objects.requireNonNull(valueType, "valueType");
        }
    }
}
