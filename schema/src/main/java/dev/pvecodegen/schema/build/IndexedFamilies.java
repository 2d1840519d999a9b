package dev.pvecodegen.schema.build;

import dev.pvecodegen.schema.model.IndexRange;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indexed families {@code name[n]}: apidoc collapses {@code net0..net31} into {@code net[n]} and loses the maximum
 * index, so the ranges come from this table (format reference §7, taken from the PVE sources and descriptions).
 */
final class IndexedFamilies {

    /** A family base name with its index range. */
    record Family(String baseName, IndexRange range) {}

    private static final Pattern FAMILY = Pattern.compile("^([a-z]+)\\[n]$");
    /** Used for a family missing from the table: wide enough never to reject a real index. */
    static final int UNKNOWN_MAX = 255;

    private static final Map<String, Integer> MAX_INDEX = Map.ofEntries(
            Map.entry("net", 31),
            Map.entry("ipconfig", 31),
            Map.entry("scsi", 30),
            Map.entry("virtio", 15),
            Map.entry("sata", 5),
            Map.entry("ide", 3),
            Map.entry("hostpci", 15),
            Map.entry("usb", 13),
            Map.entry("serial", 3),
            Map.entry("parallel", 2),
            Map.entry("numa", 7),
            Map.entry("virtiofs", 9),
            Map.entry("unused", 255),
            Map.entry("mp", 255),
            Map.entry("dev", 255),
            Map.entry("link", 7),
            Map.entry("acmedomain", 5));

    private IndexedFamilies() {}

    /** The family for a schema name such as {@code net[n]}; empty for ordinary names. */
    static Optional<Family> parse(String schemaName) {
        Matcher m = FAMILY.matcher(schemaName);
        if (!m.matches()) {
            return Optional.empty();
        }
        String base = m.group(1);
        Integer max = MAX_INDEX.get(base);
        IndexRange range = max != null ? new IndexRange(0, max, true) : new IndexRange(0, UNKNOWN_MAX, false);
        return Optional.of(new Family(base, range));
    }

    /** The known families and their highest index, for documentation and tests. */
    static Map<String, Integer> table() {
        return MAX_INDEX;
    }
}
