package dev.pvecodegen.generator.diff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The report formats of {@code diff --format} and the {@code check-compatibility} goal. */
public enum ReportFormat {
    TEXT("txt"),
    MARKDOWN("md"),
    JSON("json");

    private final String fileExtension;

    ReportFormat(String fileExtension) {
        this.fileExtension = fileExtension;
    }

    /** {@code txt}, {@code md} or {@code json}. */
    public String fileExtension() {
        return fileExtension;
    }

    /** The report as text ending with a newline; identical input gives identical output. */
    public String render(DiffReport report) {
        return switch (this) {
            case TEXT -> TextReport.render(report);
            case MARKDOWN -> MarkdownReport.render(report);
            case JSON -> JsonReport.render(report);
        };
    }

    /** {@code text}, {@code markdown} (or {@code md}), {@code json}; case-insensitive. */
    public static Optional<ReportFormat> parse(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        if (wanted.equals("md")) {
            return Optional.of(MARKDOWN);
        }
        return Arrays.stream(values())
                .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
