package dev.pvecodegen.runtime.support;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.pvecodegen.runtime.WireValue;
import dev.pvecodegen.runtime.codec.PropertyStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Base of generated property-string value classes. Equality is by canonical wire form; {@link #toString()} is
 * the canonical wire form too, except that the values of credential keys ({@link #secretKeys()}) show as
 * {@code ***}. Entries the schema does not describe are kept ({@link #extraEntries()}) and written back.
 *
 * <p>A value read from an answer remembers what the server sent: its text ({@code mac=AA:…,bind-interface=vmbr0},
 * with the default key spelled out), or the JSON object some servers send instead ({@code {"keep-last": 3}}). As
 * long as the value is not changed, it is written back to JSON exactly in that form ({@link #jsonValue()}); a
 * changed value, and every value sent as a request parameter, uses the canonical form.
 */
public abstract class PropertyStringValue implements WireValue {
    private final List<PropertyStrings.Entry> extras;
    /** What the server sent (text or JSON object), or null for values built in code. */
    private final Object source;
    /** The canonical form of the value read from {@link #source}; null when this very value was read from it. */
    private final String sourceCanonical;

    protected PropertyStringValue(List<PropertyStrings.Entry> extras) {
        this.extras = List.copyOf(extras);
        this.source = null;
        this.sourceCanonical = null;
    }

    /** Takes the undescribed entries, and what the value was read from, from the builder. */
    protected PropertyStringValue(Builder<?> builder) {
        this.extras = builder.rawEntries();
        this.source = builder.source;
        this.sourceCanonical = builder.sourceCanonical;
    }

    /** Entries the schema does not describe (a newer server's keys, or ones set through {@code raw}). */
    public final List<PropertyStrings.Entry> extraEntries() {
        return extras;
    }

    /** The canonical wire form: what requests send, and what {@link #toString()} shows. */
    @Override
    public abstract String wireValue();

    /**
     * The JSON form: what the server sent when the value was read from an answer and not changed since, else the
     * canonical wire form.
     *
     * @return the text or JSON object read, or the canonical wire form
     */
    @JsonValue
    public final Object jsonValue() {
        return source != null && (sourceCanonical == null || sourceCanonical.equals(wireValue()))
                ? source
                : wireValue();
    }

    /**
     * Keys whose values {@link #toString()} redacts; generated classes override it.
     *
     * @return the wire names of the credential keys
     */
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
        private Object source;
        private String sourceCanonical;

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

        /**
         * For the generated readers: the undescribed entries of what was read, and what it was read from, which the
         * value built from exactly these fields writes back unchanged.
         */
        public final B fromRead(PropertyStringFields fields) {
            extras.addAll(fields.extras());
            source = fields.source();
            sourceCanonical = null;
            return self();
        }

        /**
         * For the generated {@code toBuilder()}: the undescribed entries of {@code value}, and what it was read from;
         * the value built keeps that form as long as its canonical form stays that of {@code value}.
         */
        public final B fromValue(PropertyStringValue value) {
            extras.addAll(value.extraEntries());
            if (value.source != null) {
                source = value.source;
                sourceCanonical = value.wireValue();
            }
            return self();
        }

        /** The undescribed entries added so far. */
        public final List<PropertyStrings.Entry> rawEntries() {
            return List.copyOf(extras);
        }

        protected abstract B self();
    }
}
