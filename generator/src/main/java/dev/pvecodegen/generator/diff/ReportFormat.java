package dev.pvecodegen.generator.diff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The report formats of {@code diff --format} and the {@code check-compatibility} goal. */
public enum ReportFormat {
    TEXT(TextReport::render, "txt"),
    MARKDOWN(MarkdownReport::render, "md"),
    JSON(JsonReport::render, "json");

    private final Function<DiffReport, String> renderer;
    private final String fileExtension;

    ReportFormat(Function<DiffReport, String> renderer, String fileExtension) {
        this.renderer = renderer;
        this.fileExtension = fileExtension;
    }

    /** {@code txt}, {@code md} or {@code json}. */
    public String fileExtension() {
        return fileExtension;
    }

    /** The report as text ending with a newline; identical input gives identical output. */
    public String render(DiffReport report) {
        return renderer.apply(report);
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
