package dev.pvecodegen.runtime.support;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.pvecodegen.runtime.WireValue;
import dev.pvecodegen.runtime.codec.PropertyStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Base of generated property-string value classes. Equality is by canonical wire form; {@link #toString()} is
 * the wire form too, except that the values of credential keys ({@link #secretKeys()}) show as {@code ***}.
 * Entries the schema does not describe are kept ({@link #extraEntries()}) and written back.
 */
public abstract class PropertyStringValue implements WireValue {
    private final List<PropertyStrings.Entry> extras;

    protected PropertyStringValue(List<PropertyStrings.Entry> extras) {
        this.extras = List.copyOf(extras);
    }

    /** Entries the schema does not describe (a newer server's keys, or ones set through {@code raw}). */
    public final List<PropertyStrings.Entry> extraEntries() {
        return extras;
    }

    @JsonValue
    @Override
    public abstract String wireValue();

    /** Keys whose values {@link #toString()} redacts; generated classes override it. */
    protected Set<String> secretKeys() {
        return Set.of();
    }

    @Override
    public final String toString() {
        Set<String> secrets = secretKeys();
        String wire = wireValue();
        if (secrets.isEmpty()) {
            return wire;
        }
        List<PropertyStrings.Entry> entries = new ArrayList<>();
        for (PropertyStrings.Entry entry : PropertyStrings.split(wire)) {
            entries.add(
                    entry.key() != null && secrets.contains(entry.key())
                            ? new PropertyStrings.Entry(entry.key(), "***")
                            : entry);
        }
        return PropertyStrings.join(entries);
    }

    // Values of two different generated types are never equal, even with the same wire text: hence getClass().
    @SuppressWarnings("EqualsGetClass")
    @Override
    public final boolean equals(Object other) {
        return other != null
                && other.getClass() == getClass()
                && ((PropertyStringValue) other).wireValue().equals(wireValue());
    }

    @Override
    public final int hashCode() {
        return wireValue().hashCode();
    }

    /**
     * Base of the generated builders: the raw escape hatch for keys the schema does not describe.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> {
        private final List<PropertyStrings.Entry> extras = new ArrayList<>();

        protected Builder() {}

        /** Adds an entry the schema does not describe, written as {@code key=value} (bare when key is null). */
        public final B raw(String key, String value) {
            extras.add(new PropertyStrings.Entry(key, Checks.notNull("value", value)));
            return self();
        }

        /** Adds entries the schema does not describe (as {@code parse} found them). */
        public final B raw(List<PropertyStrings.Entry> entries) {
            extras.addAll(entries);
            return self();
        }

        /** The undescribed entries added so far. */
        public final List<PropertyStrings.Entry> rawEntries() {
            return List.copyOf(extras);
        }

        protected abstract B self();
    }
}
