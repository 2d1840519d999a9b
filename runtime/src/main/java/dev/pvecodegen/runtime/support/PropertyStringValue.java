package dev.pvecodegen.runtime.support;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.pvecodegen.runtime.WireValue;
import dev.pvecodegen.runtime.codec.PropertyStrings;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of generated property-string value classes. Equality is by canonical wire form; {@link #toString()} is
 * the wire form. Entries the schema does not describe are kept ({@link #extraEntries()}) and written back.
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

    @Override
    public final String toString() {
        return wireValue();
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
