package dev.pvecodegen.runtime.drift;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One kind of surprise at one field of one operation's answers, with how often it was seen.
 *
 * @param operation the verb and path template, e.g. {@code GET /nodes/{node}/qemu/{vmid}/config}
 * @param field where in {@code data}, as a JSON pointer whose array indexes are {@code *} ({@code /*}{@code /cpu} is
 *     {@code cpu} of every list item); {@code ""} is {@code data} itself; a property-string sub-key follows a
 *     {@code #} ({@code /memory#hotplug})
 * @param kind what was unexpected
 * @param count how many values were seen (each list item counts)
 * @param jsonTypes the JSON types of the values seen ({@code string}, {@code number}, {@code boolean}, {@code object},
 *     {@code array}, {@code null}); empty for property-string sub-keys
 * @param values for {@link DriftKind#UNKNOWN_ENUM_VALUE} the unlisted values seen (at most
 *     {@value DriftMonitor#MAX_VALUES}); empty for every other kind, whose values may be anything, secrets included
 */
public record DriftEntry(
        String operation,
        String field,
        DriftKind kind,
        long count,
        SortedSet<String> jsonTypes,
        SortedSet<String> values) {

    public DriftEntry {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        jsonTypes = Collections.unmodifiableSortedSet(new TreeSet<>(jsonTypes));
        values = Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }

    /** {@code GET /version: /foo is not declared by the schema; kept raw (3×, string)}. */
    @Override
    public String toString() {
        return operation + ": " + (field.isEmpty() ? "data" : field) + " " + kind.explanation() + " (" + count + "×"
                + (jsonTypes.isEmpty() ? "" : ", " + String.join("/", jsonTypes))
                + (values.isEmpty() ? "" : ", values " + values) + ")";
    }
}
