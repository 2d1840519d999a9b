package dev.pvecodegen.generator.naming;

import java.util.regex.Pattern;

/**
 * Turns schema prose into text that is safe inside a Javadoc comment: nothing can close the comment
 * ({@code *}{@code /}), start a unicode escape (backslash-u is decoded by javac even inside comments), open an
 * HTML tag or a Javadoc tag. Blank lines become paragraphs.
 */
public final class JavadocText {
    // Compiled once: every description of every operation, parameter and field is sanitised.
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");

    private JavadocText() {}

    /** Escapes {@code text} and turns blank-line separated paragraphs into {@code <p>} blocks. */
    public static String sanitize(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder out = new StringBuilder(normalized.length() + 16);
        String[] paragraphs = PARAGRAPH_BREAK.split(normalized, -1);
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                out.append("\n<p>\n");
            }
            out.append(escape(paragraphs[i].strip()));
        }
        return out.toString();
    }

    /** Escapes one piece of text without paragraph handling; usable inline, e.g. inside a {@code code} element. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '{' -> out.append("&#123;");
                case '}' -> out.append("&#125;");
                case '*' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
                case '/' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '*' ? "&#47;" : "/");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Inline code: {@code <code>…</code>} with the content escaped; the empty string shows as {@code ""}. */
    public static String code(String text) {
        return "<code>" + (text.isEmpty() ? "\"\"" : escape(text)) + "</code>";
    }

    /**
     * Inline code as a Javadoc {@code @code} tag, which shows the text as it is (a path such as
     * {@code /nodes/{node}/qemu} reads in the source as it reads in the API); text the tag cannot hold (unbalanced
     * braces, a comment end, a backslash, a line break) falls back to {@link #code(String)}.
     */
    public static String codeTag(String text) {
        int depth = 0;
        boolean safe = !text.isEmpty()
                && !text.contains("*/")
                && !text.contains("\\")
                && text.indexOf('\n') < 0
                && !text.startsWith(" ")
                && !text.endsWith(" ");
        for (int i = 0; safe && i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            safe = depth >= 0 && c >= 0x20;
        }
        return safe && depth == 0 ? "{@code " + text + "}" : code(text);
    }
}
