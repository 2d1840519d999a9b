package dev.pvecodegen.runtime.support;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.pvecodegen.runtime.WireValue;
import dev.pvecodegen.runtime.drift.DriftScope;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of generated open enums: a value of a closed set in the schema that still accepts values the schema did
 * not list (newer servers add values). Known values are canonical instances, so {@code ==} works for them;
 * {@link #isKnown()} tells them apart from values received from a newer server.
 */
public abstract class EnumValue implements WireValue {
    private final String value;
    private final boolean known;

    protected EnumValue(String value, boolean known) {
        this.value = Checks.notNull("value", value);
        this.known = known;
        if (!known) {
            // Unknown values are created while an answer is decoded (or by the application, outside any scope).
            DriftScope.unknownEnumValue(value);
        }
    }

    /** Indexes the known constants by wire value, for the generated {@code of} factory. */
    @SafeVarargs
    protected static <E extends EnumValue> Map<String, E> index(E... constants) {
        Map<String, E> byValue = new LinkedHashMap<>();
        for (E constant : constants) {
            byValue.put(constant.wireValue(), constant);
        }
        return Collections.unmodifiableMap(byValue);
    }

    /** The value exactly as the server spells it. */
    @JsonValue
    @Override
    public final String wireValue() {
        return value;
    }

    /** False for a value the schema did not list (received from a newer server, or created on purpose). */
    public final boolean isKnown() {
        return known;
    }

    // Values of two different generated types are never equal, even with the same wire text: hence getClass().
    @SuppressWarnings("EqualsGetClass")
    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((EnumValue) other).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return value;
    }
}
