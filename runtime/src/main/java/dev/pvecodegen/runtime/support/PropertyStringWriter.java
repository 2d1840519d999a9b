package dev.pvecodegen.runtime.support;

import dev.pvecodegen.runtime.WireValue;
import dev.pvecodegen.runtime.codec.PropertyStrings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a property string in canonical form: key-alias pairs first ({@code virtio=MAC}), then the default key's
 * value bare, then the other keys in the order they were put, then undescribed entries.
 */
public final class PropertyStringWriter {
    private final String defaultKey;
    private final Map<String, String[]> keyAliases;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<PropertyStrings.Entry> extras = new ArrayList<>();

    PropertyStringWriter(String defaultKey, Map<String, String[]> keyAliases) {
        this.defaultKey = defaultKey;
        this.keyAliases = keyAliases;
    }

    /** Adds {@code key}; null values are skipped, booleans become 1/0, lists are joined with {@code ;}. */
    public PropertyStringWriter put(String key, Object value) {
        if (value != null) {
            values.put(key, format(value));
        }
        return this;
    }

    public PropertyStringWriter extras(List<PropertyStrings.Entry> entries) {
        extras.addAll(entries);
        return this;
    }

    @Override
    public String toString() {
        List<PropertyStrings.Entry> entries = new ArrayList<>();
        Map<String, String> rest = new LinkedHashMap<>(values);
        for (Map.Entry<String, String[]> alias : keyAliases.entrySet()) {
            String keyTarget = alias.getValue()[0];
            String valueTarget = alias.getValue()[1];
            if (alias.getKey().equals(rest.get(keyTarget)) && rest.containsKey(valueTarget)) {
                entries.add(new PropertyStrings.Entry(rest.remove(keyTarget), rest.remove(valueTarget)));
            }
        }
        if (defaultKey != null && rest.containsKey(defaultKey)) {
            entries.add(new PropertyStrings.Entry(null, rest.remove(defaultKey)));
        }
        rest.forEach((key, value) -> entries.add(new PropertyStrings.Entry(key, value)));
        entries.addAll(extras);
        return PropertyStrings.join(entries);
    }

    private static String format(Object value) {
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof WireValue w) {
            return w.wireValue();
        }
        if (value instanceof Collection<?> items) {
            List<String> parts = new ArrayList<>(items.size());
            items.forEach(item -> parts.add(format(item)));
            return String.join(";", parts);
        }
        return value.toString();
    }
}
