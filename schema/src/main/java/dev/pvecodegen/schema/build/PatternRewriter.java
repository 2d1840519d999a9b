package dev.pvecodegen.schema.build;

import dev.pvecodegen.schema.model.Dialect;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Rewrites Perl (PVE) and Rust (PBS) patterns so that they mean the same in {@code java.util.regex}
 * (format reference §4): {@code (?^flags:} from stringified {@code qr//}, {@code {,n}}, {@code \0} as NUL,
 * {@code (?P<name>…)} named groups and POSIX bracket classes; PBS patterns also lose their {@code /…/} wrapper.
 */
final class PatternRewriter {

    private static final Pattern CARET_GROUP = Pattern.compile("\\(\\?\\^([a-zA-Z]*)(:|\\))");
    private static final Pattern OPEN_MIN = Pattern.compile("\\{,(\\d+)}");
    private static final Pattern PYTHON_GROUP = Pattern.compile("\\(\\?P<([^>]*)>");
    private static final Pattern PYTHON_BACKREF = Pattern.compile("\\(\\?P=([^)]*)\\)");
    private static final Pattern POSIX_CLASS = Pattern.compile("\\[:(\\^?)([a-z]+):]");
    private static final Map<String, String> POSIX_NAMES = Map.ofEntries(
            Map.entry("alpha", "Alpha"),
            Map.entry("digit", "Digit"),
            Map.entry("alnum", "Alnum"),
            Map.entry("upper", "Upper"),
            Map.entry("lower", "Lower"),
            Map.entry("space", "Space"),
            Map.entry("punct", "Punct"),
            Map.entry("print", "Print"),
            Map.entry("graph", "Graph"),
            Map.entry("cntrl", "Cntrl"),
            Map.entry("xdigit", "XDigit"),
            Map.entry("blank", "Blank"),
            Map.entry("ascii", "ASCII"));

    private PatternRewriter() {}

    /** The rewritten pattern, or empty (with the reason in {@code failure}) when it still does not compile. */
    static Optional<String> rewrite(String raw, Dialect dialect, StringBuilder failure) {
        String pattern = raw;
        if (dialect == Dialect.PBS && pattern.length() >= 2 && pattern.startsWith("/") && pattern.endsWith("/")) {
            pattern = pattern.substring(1, pattern.length() - 1);
        }
        pattern = caretGroups(pattern);
        pattern = OPEN_MIN.matcher(pattern).replaceAll("{0,$1}");
        pattern = nulEscapes(pattern);
        pattern = namedGroups(pattern);
        pattern = posixClasses(pattern);
        try {
            Pattern.compile(pattern);
            return Optional.of(pattern);
        } catch (PatternSyntaxException e) {
            failure.append(e.getDescription()).append(" in ").append(pattern);
            return Optional.empty();
        }
    }

    /** {@code (?^i:} → {@code (?i:}; Java has no {@code ^} (reset) and no {@code u} (Unicode semantics) flag. */
    private static String caretGroups(String pattern) {
        Matcher m = CARET_GROUP.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String flags = m.group(1).replace("u", "");
            m.appendReplacement(out, Matcher.quoteReplacement("(?" + flags + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Perl {@code \0} not followed by an octal digit is NUL; Java needs {@code \x00}. Escapes are skipped. */
    private static String nulEscapes(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                char next = pattern.charAt(i + 1);
                boolean octalFollows =
                        i + 2 < pattern.length() && pattern.charAt(i + 2) >= '0' && pattern.charAt(i + 2) <= '7';
                if (next == '0' && !octalFollows) {
                    out.append("\\x00");
                } else {
                    out.append(c).append(next);
                }
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code (?P<task_id>} → {@code (?<taskid>}: Java group names are letters and digits only. */
    private static String namedGroups(String pattern) {
        Matcher m = PYTHON_GROUP.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("(?<" + groupName(m.group(1)) + ">"));
        }
        m.appendTail(out);
        m = PYTHON_BACKREF.matcher(out.toString());
        out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("\\k<" + groupName(m.group(1)) + ">"));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String groupName(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9]", "");
        if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0))) {
            cleaned = "g" + cleaned;
        }
        return cleaned;
    }

    /** {@code [:cntrl:]} inside a bracket expression → {@code \p{Cntrl}}; Java would read it as a plain set. */
    private static String posixClasses(String pattern) {
        Matcher m = POSIX_CLASS.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String javaName = POSIX_NAMES.get(m.group(2));
            String replacement =
                    javaName == null ? m.group() : (m.group(1).isEmpty() ? "\\p{" : "\\P{") + javaName + "}";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
