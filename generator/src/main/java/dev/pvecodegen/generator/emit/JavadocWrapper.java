package dev.pvecodegen.generator.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps the lines of Javadoc comments of a rendered file at 120 columns. JavaPoet wraps code at its {@code $W}
 * points but writes comment text as given; schema descriptions are long single lines. Text is broken at spaces
 * only, never inside an inline tag such as {@code @code}, whose text is shown as written; HTML collapses the
 * break inside a {@code <code>} span into the space it replaces. A word longer than the line stays whole;
 * continuation lines of a block tag ({@code @param}, {@code @return}) are indented by four.
 */
public final class JavadocWrapper {
    static final int WIDTH = 120;

    private JavadocWrapper() {}

    public static String wrap(String source) {
        // Lines are walked by index and copied as they are, unless one needs wrapping: a full client is 8 MB of
        // text, and a string per line (twice, with the stripped copy) was most of this pass's cost.
        StringBuilder out = new StringBuilder(source.length() + source.length() / 16);
        boolean inJavadoc = false;
        int start = 0;
        while (true) {
            int newline = source.indexOf('\n', start);
            int end = newline < 0 ? source.length() : newline;
            int text = start;
            while (text < end && Character.isWhitespace(source.charAt(text))) {
                text++;
            }
            if (source.startsWith("/**", text)) {
                inJavadoc = true;
            }
            if (inJavadoc && end - start > WIDTH && source.startsWith("* ", text)) {
                String prefix = source.substring(start, text) + "* ";
                wrapLine(prefix, source.substring(text + 2, end), out);
            } else {
                out.append(source, start, end).append('\n');
            }
            if (end - text >= 2 && source.startsWith("*/", end - 2)) {
                inJavadoc = false;
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static void wrapLine(String prefix, String text, StringBuilder out) {
        String continuation = text.startsWith("@") ? prefix + "    " : prefix;
        StringBuilder line = new StringBuilder(prefix);
        int empty = prefix.length();
        for (String word : words(text)) {
            if (line.length() > empty && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(continuation);
                empty = continuation.length();
            }
            if (line.length() > empty) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }

    /** Words split at spaces outside inline tags. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ' ' && depth == 0) {
                if (i > start) {
                    words.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            words.add(text.substring(start));
        }
        return words;
    }
}
