package dev.pvecodegen.runtime.codec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The server's {@code -list} formats ({@code pve-vmid-list}, {@code pve-configid-list}, …): one string holding
 * several items. {@link #split} mirrors the server's {@code split_list}; {@link #join} writes what it reads back.
 */
public final class ListStrings {
    private ListStrings() {}

    /**
     * Joins the items' wire texts (see {@link WireFormat#scalar}); {@code null} items are skipped.
     *
     * @param separator {@code ","} for {@code -list} formats, {@code ";"} inside property strings, {@code "\0"} for
     *     the old {@code -alist}
     * @throws IllegalArgumentException when an item is empty or contains a character the reader splits on
     */
    public static String join(Collection<?> items, String separator) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(separator, "separator");
        boolean nulSeparated = separator.indexOf('\0') >= 0;
        StringJoiner joiner = new StringJoiner(separator);
        for (Object item : items) {
            String text = WireFormat.scalar(item);
            if (text == null) {
                continue;
            }
            if (text.isEmpty()) {
                throw new IllegalArgumentException("list item is empty");
            }
            if (nulSeparated ? text.indexOf('\0') >= 0 : containsSplitCharacter(text)) {
                throw new IllegalArgumentException("list item \"" + text + "\" contains a separator character");
            }
            joiner.add(text);
        }
        return joiner.toString();
    }

    /**
     * Splits on NUL when the text contains one, otherwise on runs of {@code ,}, {@code ;} or white space; empty
     * items are dropped. {@code null} gives an empty list.
     */
    public static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return items;
        }
        if (text.indexOf('\0') >= 0) {
            for (String item : text.split("\0", -1)) {
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
            return items;
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean separator = i == text.length() || isSplitCharacter(text.charAt(i));
            if (separator && start >= 0) {
                items.add(text.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return items;
    }

    private static boolean containsSplitCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSplitCharacter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSplitCharacter(char c) {
        // Perl's \s: space, \t, \n, \r, \f, vertical tab.
        return c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
}
