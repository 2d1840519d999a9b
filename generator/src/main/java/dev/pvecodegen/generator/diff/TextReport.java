package dev.pvecodegen.generator.diff;

import java.util.List;

/** Plain-text report for terminals: a summary, then changes grouped by severity and operation. */
final class TextReport {

    private TextReport() {
    }

    static String render(DiffReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Schema diff: ").append(ReportText.source(report.oldSource())).append(" -> ")
                .append(ReportText.source(report.newSource())).append('\n');
        DiffReport.OperationCounts ops = report.operations();
        text.append("Operations: ").append(ops.added()).append(" added, ").append(ops.removed())
                .append(" removed, ").append(ops.common()).append(" common\n");
        text.append("Changes: ").append(report.count(Severity.BREAKING)).append(" breaking, ")
                .append(report.count(Severity.ADDITIVE)).append(" additive, ")
                .append(report.count(Severity.NEUTRAL)).append(" neutral\n");
        for (Severity severity : Severity.values()) {
            List<Change> changes = report.changes(severity);
            if (changes.isEmpty()) {
                continue;
            }
            text.append('\n').append(ReportText.heading(severity)).append(" (").append(changes.size())
                    .append("):\n");
            String operation = null;
            for (Change change : changes) {
                String key = change.location().operationKey();
                if (!key.equals(operation)) {
                    text.append("  ").append(key).append('\n');
                    operation = key;
                }
                text.append("    ").append(ReportText.element(change.location())).append(": ")
                        .append(change.message()).append(" [").append(change.kind().label()).append("]\n")
                        .append("      -> ").append(change.consequence()).append('\n');
            }
        }
        return text.toString();
    }
}
