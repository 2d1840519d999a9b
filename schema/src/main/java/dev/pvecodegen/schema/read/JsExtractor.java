package dev.pvecodegen.schema.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JSON array in an {@code apidoc.js} file: {@code const apiSchema = [ … ]} (PVE, followed by a line
 * {@code ]}, {@code ;} and viewer code) or {@code var apiSchema = [ … ];} (PBS). The end is found by matching
 * brackets while skipping string literals (with their escapes), so viewer code after the array and brackets inside
 * descriptions never confuse it. Linear time, no recursion.
 */
public final class JsExtractor {

    private static final Pattern ASSIGNMENT =
            Pattern.compile("\\b(?:const|var|let)\\s+apiSchema\\s*=\\s*\\[|\\bapiSchema\\s*=\\s*\\[");

    private JsExtractor() {}

    /** True when the text looks like plain JSON rather than JavaScript (first significant character). */
    public static boolean looksLikeJson(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                continue;
            }
            return c == '[' || c == '{';
        }
        return false;
    }

    /**
     * Extracts the array literal assigned to {@code apiSchema}.
     *
     * @return the array text, or empty when there is no {@code apiSchema = [} assignment
     * @throws IllegalArgumentException when the array is not closed (truncated file)
     */
    public static Optional<String> extract(String script) {
        Matcher matcher = ASSIGNMENT.matcher(script);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int start = matcher.end() - 1;
        int end = matchingBracket(script, start);
        return Optional.of(script.substring(start, end + 1));
    }

    /** Index of the {@code ]} closing the {@code [} at {@code open}. */
    static int matchingBracket(String text, int open) {
        int depth = 0;
        int i = open;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = endOfString(text, i, c);
                continue;
            }
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    if (c != ']') {
                        throw new IllegalArgumentException("apiSchema array closed by '}' at offset " + i);
                    }
                    return i;
                }
            }
            i++;
        }
        throw new IllegalArgumentException(
                "apiSchema array starting at offset " + open + " is never closed (truncated file?)");
    }

    /** Index just past the string literal that starts at {@code start} with {@code quote}. */
    private static int endOfString(String text, int start, char quote) {
        int i = start + 1;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException(
                "string literal starting at offset " + start + " is never closed (truncated file?)");
    }
}
