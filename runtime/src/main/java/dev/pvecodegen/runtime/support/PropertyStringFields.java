package dev.pvecodegen.runtime.support;

import dev.pvecodegen.runtime.codec.ListStrings;
import dev.pvecodegen.runtime.codec.PropertyStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The values of one parsed property string, by key, with conversions that name the key on failure, and the form they
 * were read from.
 */
public final class PropertyStringFields {
    private final Map<String, String> values;
    private final List<PropertyStrings.Entry> extras;
    private final Object source;

    PropertyStringFields(Map<String, String> values, List<PropertyStrings.Entry> extras, Object source) {
        this.values = values;
        this.extras = List.copyOf(extras);
        this.source = source;
    }

    /** What was read: the text, or the (unmodifiable) JSON object of the object form. */
    public Object source() {
        return source;
    }

    /** Entries the format does not describe, kept so that nothing is lost. */
    public List<PropertyStrings.Entry> extras() {
        return extras;
    }

    public String string(String key) {
        return values.get(key);
    }

    public Boolean bool(String key) {
        return get(key, PropertyStrings::parseBoolean);
    }

    public Long longValue(String key) {
        return get(key, Long::valueOf);
    }

    public Integer integer(String key) {
        return get(key, Integer::valueOf);
    }

    public Double number(String key) {
        return get(key, Double::valueOf);
    }

    /** Converts the value of {@code key}; fails with the key's name in the message. */
    public <T> T get(String key, Function<String, T> parse) {
        String value = values.get(key);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "property " + key + ": cannot read \"" + value + "\": " + e.getMessage(), e);
        }
    }

    /** A {@code ;}-separated inner list ({@code trunks=10;20}, {@code order=scsi0;net0}). */
    public <T> List<T> list(String key, Function<String, T> parse) {
        String value = values.get(key);
        if (value == null) {
            return null;
        }
        List<T> items = new ArrayList<>();
        for (String item : ListStrings.split(value)) {
            try {
                items.add(parse.apply(item));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "property " + key + ": cannot read \"" + item + "\": " + e.getMessage(), e);
            }
        }
        return List.copyOf(items);
    }
}
