package dev.pvecodegen.generator.diff;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GitHub-flavoured Markdown report: a summary table, then one table per severity; a change recurring in several
 * operations is one row listing them.
 */
final class MarkdownReport {

    private MarkdownReport() {}

    static String render(DiffReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Schema diff: ")
                .append(cell(ReportText.source(report.oldSource())))
                .append(" → ")
                .append(cell(ReportText.source(report.newSource())))
                .append("\n\n");
        DiffReport.OperationCounts ops = report.operations();
        md.append("| | count |\n|---|---:|\n");
        row(md, "operations added", ops.added());
        row(md, "operations removed", ops.removed());
        row(md, "operations in both", ops.common());
        for (Severity severity : Severity.values()) {
            row(md, ReportText.lower(severity) + " changes", report.count(severity));
        }
        Map<ChangeKind, Long> byKind = report.countsByKind();
        if (!byKind.isEmpty()) {
            md.append("\n| change kind | breaking | additive | neutral |\n|---|---:|---:|---:|\n");
            byKind.keySet().forEach(kind -> {
                md.append("| ").append(kind.label());
                for (Severity severity : Severity.values()) {
                    md.append(" | ")
                            .append(report.changes().stream()
                                    .filter(c -> c.kind() == kind && c.severity() == severity)
                                    .count());
                }
                md.append(" |\n");
            });
        }
        for (Severity severity : Severity.values()) {
            List<Change> changes = report.changes(severity);
            if (changes.isEmpty()) {
                continue;
            }
            md.append("\n## ")
                    .append(ReportText.heading(severity))
                    .append(" (")
                    .append(changes.size())
                    .append(")\n\n| operation | element | change | consequence |\n|---|---|---|---|\n");
            for (ChangeGroup group : ChangeGroup.of(changes)) {
                Change change = group.change();
                String operations = group.operations().stream()
                        .map(op -> "`" + cell(op) + "`")
                        .collect(Collectors.joining("<br>"));
                md.append("| ")
                        .append(operations)
                        .append(" | ")
                        .append(
                                change.location().isOperation()
                                        ? "-"
                                        : "`" + cell(change.location().element()) + "`")
                        .append(" | ")
                        .append(cell(change.message()))
                        .append(" | ")
                        .append(cell(change.consequence()))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String label, long count) {
        md.append("| ").append(label).append(" | ").append(count).append(" |\n");
    }

    /**
     * Table cells cannot hold a bare {@code |} or a line break. GFM splits cells before parsing code spans, so
     * {@code \|} works inside back-quotes too; backslashes are left alone (a code span shows them literally).
     */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
