package dev.pvecodegen.runtime.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The primitives of Proxmox property strings ({@code virtio=AA:BB:CC:DD:EE:FF,bridge=vmbr0,firewall=1}), following
 * the server's {@code parse_property_string}: parts are separated by {@code ,} without any quoting, each part is
 * {@code key=value} (split at the first {@code =}) or a bare value for the format's default key; blank parts are
 * skipped. Inner lists use {@code ;} and are left to the caller ({@link ListStrings}).
 *
 * <p>{@link #split} accepts any text and throws only {@link PropertyStringParseException}; {@link #join} refuses
 * (with {@link IllegalArgumentException}) what the grammar cannot express, so {@code split(join(x))} equals
 * {@code x} for every list it accepts.
 */
public final class PropertyStrings {
    private PropertyStrings() {}

    /** One part of a property string; {@code key} is {@code null} for the bare default-key value. */
    public record Entry(String key, String value) {
        public Entry {
            Objects.requireNonNull(value, "value");
        }

        /** A {@code key=value} part. */
        public static Entry of(String key, String value) {
            return new Entry(Objects.requireNonNull(key, "key"), value);
        }

        /** A bare value for the format's default key. */
        public static Entry bare(String value) {
            return new Entry(null, value);
        }
    }

    /**
     * {@code "a=1,b=2,bare"} → {@code [(a,1), (b,2), (null,bare)]}.
     *
     * @throws PropertyStringParseException for {@code null} or a part with an empty key ({@code =x})
     */
    public static List<Entry> split(String text) {
        if (text == null) {
            throw new PropertyStringParseException("property string is null");
        }
        List<Entry> entries = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? length : comma;
            String part = text.substring(start, end);
            if (!part.isBlank()) {
                entries.add(parsePart(part, start));
            }
            start = end + 1;
        }
        return entries;
    }

    private static Entry parsePart(String part, int offset) {
        int equals = part.indexOf('=');
        if (equals < 0) {
            return Entry.bare(part);
        }
        if (equals == 0) {
            throw new PropertyStringParseException(
                    "empty key before '=' at offset " + offset + " of the property string");
        }
        return Entry.of(part.substring(0, equals), part.substring(equals + 1));
    }

    /**
     * The inverse of {@link #split}.
     *
     * @throws IllegalArgumentException when an entry cannot be written so that it parses back the same: a key that
     *     is empty or contains {@code ,} or {@code =}; a value containing {@code ,}; a bare value containing
     *     {@code =} or consisting only of white space
     */
    public static String join(List<Entry> entries) {
        Objects.requireNonNull(entries, "entries");
        StringBuilder out = new StringBuilder();
        for (Entry entry : entries) {
            Objects.requireNonNull(entry, "entry");
            String value = entry.value();
            if (value.indexOf(',') >= 0) {
                throw new IllegalArgumentException(
                        "value " + quote(value) + " contains ',' which property strings cannot express");
            }
            if (out.length() > 0) {
                out.append(',');
            }
            if (entry.key() == null) {
                if (value.isBlank() || value.indexOf('=') >= 0) {
                    throw new IllegalArgumentException("bare value " + quote(value)
                            + " is blank or contains '=' and would not read back as a bare value");
                }
                out.append(value);
            } else {
                String key = entry.key();
                if (key.isEmpty() || key.indexOf(',') >= 0 || key.indexOf('=') >= 0) {
                    throw new IllegalArgumentException("key " + quote(key) + " is empty or contains ',' or '='");
                }
                out.append(key).append('=').append(value);
            }
        }
        return out.toString();
    }

    /**
     * A property-string boolean: {@code 1|on|yes|true} or {@code 0|off|no|false}, in any case.
     *
     * @throws PropertyStringParseException for anything else
     */
    public static boolean parseBoolean(String value) {
        if (value != null) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "1", "on", "yes", "true" -> {
                    return true;
                }
                case "0", "off", "no", "false" -> {
                    return false;
                }
                default -> {
                    // not a boolean: reported below
                }
            }
        }
        throw new PropertyStringParseException(
                "not a boolean: " + quote(value) + " (expected 1, on, yes, true, 0, off, no or false)");
    }

    /** The 1/0 form in which the server writes booleans into property strings. */
    public static String formatBoolean(boolean value) {
        return WireFormat.bool(value);
    }

    /**
     * A whole number inside a property string.
     *
     * @throws PropertyStringParseException when {@code value} is not a decimal integer
     */
    public static long parseLong(String key, String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new PropertyStringParseException("value of '" + key + "' is not an integer: " + quote(value));
        }
    }

    /**
     * A number inside a property string.
     *
     * @throws PropertyStringParseException when {@code value} is not a decimal number
     */
    public static double parseDouble(String key, String value) {
        String text = value == null ? "" : value.strip();
        // Double.parseDouble would also take "NaN", "Infinity" and hex floats, which the server never writes.
        if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new PropertyStringParseException("value of '" + key + "' is not a number: " + quote(value));
        }
        return Double.parseDouble(text);
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return '"' + shown + '"';
    }
}
