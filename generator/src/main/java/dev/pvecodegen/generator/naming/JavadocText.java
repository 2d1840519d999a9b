package dev.pvecodegen.generator.naming;

/**
 * Turns schema prose into text that is safe inside a Javadoc comment: nothing can close the comment
 * ({@code *}{@code /}), start a unicode escape (backslash-u is decoded by javac even inside comments), open an
 * HTML tag or a Javadoc tag. Blank lines become paragraphs.
 */
public final class JavadocText {

    private JavadocText() {}

    /** Escapes {@code text} and turns blank-line separated paragraphs into {@code <p>} blocks. */
    public static String sanitize(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder out = new StringBuilder(normalized.length() + 16);
        String[] paragraphs = normalized.split("\n\\s*\n", -1);
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                out.append("\n<p>\n");
            }
            out.append(escape(paragraphs[i].strip()));
        }
        return out.toString();
    }

    /** Escapes one piece of text without paragraph handling; usable inline, e.g. inside an inline code tag. */
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
}
