package dev.pvecodegen.generator.diff;

import dev.pvecodegen.schema.model.SchemaSource;
import java.util.List;
import java.util.Locale;

/** Wording shared by the report formats, so text, Markdown and JSON say the same things. */
final class ReportText {

    private static final int SHORT_HASH = 12;

    private ReportText() {}

    /** {@code pve-7.2 (sha256 0123456789ab)}. */
    static String source(SchemaSource source) {
        String hash =
                source.sha256().length() > SHORT_HASH ? source.sha256().substring(0, SHORT_HASH) : source.sha256();
        return hash.isEmpty() ? source.name() : source.name() + " (sha256 " + hash + ")";
    }

    static String heading(Severity severity) {
        return switch (severity) {
            case BREAKING -> "Breaking changes";
            case ADDITIVE -> "Additive changes";
            case NEUTRAL -> "Neutral changes";
        };
    }

    static String lower(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    /** {@code GET /a} or {@code 3 operations: GET /a, POST /b, PUT /c}. */
    static String operations(List<String> operations) {
        return operations.size() == 1
                ? operations.get(0)
                : operations.size() + " operations: " + String.join(", ", operations);
    }
}
