package dev.pvecodegen.runtime.support;

import dev.pvecodegen.runtime.codec.PropertyStrings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grammar of one property-string format: its keys, the key that may be written bare ({@code default_key}),
 * aliases ({@code volume} for {@code file}) and key aliases ({@code virtio=MAC} meaning {@code model=virtio} and
 * {@code macaddr=MAC}). Generated value classes hold one instance and use it to parse and to write.
 */
public final class PropertyStringSpec {
    private final String defaultKey;
    private final Set<String> keys;
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, String[]> keyAliases = new LinkedHashMap<>();

    private PropertyStringSpec(String defaultKey, Set<String> keys) {
        this.defaultKey = defaultKey;
        this.keys = Set.copyOf(keys);
    }

    /**
     * The keys of a property-string format.
     *
     * @param defaultKey the key that may be written without {@code key=}, or null
     * @param keys every key of the format
     */
    public static PropertyStringSpec of(String defaultKey, String... keys) {
        return new PropertyStringSpec(defaultKey, Set.of(keys));
    }

    /** {@code alias} is another spelling of {@code target}. */
    public PropertyStringSpec alias(String alias, String target) {
        aliases.put(alias, target);
        return this;
    }

    /** Writing {@code key=v} sets {@code keyTarget} to {@code key} and {@code valueTarget} to {@code v}. */
    public PropertyStringSpec keyAlias(String key, String keyTarget, String valueTarget) {
        keyAliases.put(key, new String[] {keyTarget, valueTarget});
        return this;
    }

    /** Splits {@code text} into known keys (aliases resolved) and entries the format does not describe. */
    public PropertyStringFields read(String text) {
        return read(PropertyStrings.split(text), text);
    }

    /**
     * Reads a value as it appears in a JSON answer: the property string itself (a number or boolean counts as its
     * text, {@code memory: 4096}), or the JSON object some servers send instead, whose members are the keys
     * ({@code {"keep-last": 3, "keep-all": 0}}). The fields remember what was read, so that an unchanged value is
     * written back in the same form.
     *
     * @throws IllegalArgumentException when the value is neither (a list, or an object member that is not a scalar)
     */
    public PropertyStringFields read(Object json) {
        if (json instanceof Map<?, ?> object) {
            List<PropertyStrings.Entry> entries = new ArrayList<>();
            for (Map.Entry<?, ?> member : object.entrySet()) {
                if (member.getValue() != null) {
                    entries.add(PropertyStrings.Entry.of(
                            String.valueOf(member.getKey()), Lenient.toText(member.getValue())));
                }
            }
            return read(entries, Collections.unmodifiableMap(new LinkedHashMap<>(object)));
        }
        String text = Lenient.toText(json);
        return read(PropertyStrings.split(text), text);
    }

    private PropertyStringFields read(List<PropertyStrings.Entry> parts, Object source) {
        Map<String, String> values = new LinkedHashMap<>();
        List<PropertyStrings.Entry> extras = new ArrayList<>();
        for (PropertyStrings.Entry entry : parts) {
            String key = entry.key();
            if (key == null) {
                if (defaultKey != null && !values.containsKey(defaultKey)) {
                    values.put(defaultKey, entry.value());
                } else {
                    extras.add(entry);
                }
            } else if (keys.contains(key)) {
                values.put(key, entry.value());
            } else if (aliases.containsKey(key)) {
                values.put(aliases.get(key), entry.value());
            } else if (keyAliases.containsKey(key)) {
                String[] targets = keyAliases.get(key);
                values.put(targets[0], key);
                values.put(targets[1], entry.value());
            } else {
                extras.add(entry);
            }
        }
        return new PropertyStringFields(values, extras, source);
    }

    /** A writer producing the canonical form: key aliases first, then the default key bare, then the rest. */
    public PropertyStringWriter writer() {
        return new PropertyStringWriter(defaultKey, keyAliases);
    }
}
