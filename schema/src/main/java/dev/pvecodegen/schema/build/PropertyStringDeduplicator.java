package dev.pvecodegen.schema.build;

import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Makes identical property-string formats one model format. The identity is the canonical JSON of the format
 * schema (keys sorted), so the {@code net[n]} dict repeated inline by qemu create and config GET/PUT/POST is one
 * format. Ids are derived from the first use ({@code qemu-net}) in schema order; a clash gets {@code -2},
 * {@code -3}, … in order of appearance, so the same input always yields the same ids.
 */
final class PropertyStringDeduplicator {

    /** Compiled once: {@code String.replaceAll} compiles its pattern on every call, once per format here. */
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private final Map<String, PropertyStringFormat> byCanonical = new HashMap<>();
    private final Set<String> allocated = new HashSet<>();
    private final SortedMap<String, PropertyStringFormat> byId = new TreeMap<>();

    /**
     * The format for this canonical schema text, building it on first sight.
     *
     * @param canonical canonical JSON of the format schema, prefixed by its kind
     * @param hint the id hint of the first use
     * @param build builds the format given its id
     */
    PropertyStringFormat intern(String canonical, String hint, Function<String, PropertyStringFormat> build) {
        PropertyStringFormat known = byCanonical.get(canonical);
        if (known != null) {
            return known;
        }
        String id = allocate(hint);
        PropertyStringFormat format = build.apply(id);
        byCanonical.put(canonical, format);
        byId.put(id, format);
        return format;
    }

    SortedMap<String, PropertyStringFormat> formats() {
        return byId;
    }

    /** How many distinct formats were seen. */
    int size() {
        return byId.size();
    }

    private String allocate(String hint) {
        String base = normalise(hint);
        String id = base;
        for (int n = 2; !allocated.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Lower case, runs of anything but letters and digits become {@code -}. */
    static String normalise(String hint) {
        String id = EDGE_DASHES
                .matcher(SEPARATORS.matcher(hint.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return id.isEmpty() ? "format" : id;
    }
}
