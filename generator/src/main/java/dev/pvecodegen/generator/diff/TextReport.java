package dev.pvecodegen.generator.diff;

import java.util.List;

/**
 * Plain-text report for terminals: a summary, then the changes of each severity. A change that recurs in several
 * operations is printed once, followed by the operations it affects.
 */
final class TextReport {

    private TextReport() {}

    static String render(DiffReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Schema diff: ")
                .append(ReportText.source(report.oldSource()))
                .append(" -> ")
                .append(ReportText.source(report.newSource()))
                .append('\n');
        DiffReport.OperationCounts ops = report.operations();
        text.append("Operations: ")
                .append(ops.added())
                .append(" added, ")
                .append(ops.removed())
                .append(" removed, ")
                .append(ops.common())
                .append(" common\n");
        text.append("Changes: ")
                .append(report.count(Severity.BREAKING))
                .append(" breaking, ")
                .append(report.count(Severity.ADDITIVE))
                .append(" additive, ")
                .append(report.count(Severity.NEUTRAL))
                .append(" neutral\n");
        for (Severity severity : Severity.values()) {
            List<Change> changes = report.changes(severity);
            if (changes.isEmpty()) {
                continue;
            }
            text.append('\n')
                    .append(ReportText.heading(severity))
                    .append(" (")
                    .append(changes.size())
                    .append("):\n");
            for (ChangeGroup group : ChangeGroup.of(changes)) {
                Change change = group.change();
                String subject = change.location().isOperation()
                        ? change.location().operationKey()
                        : change.location().element();
                text.append("  ")
                        .append(subject)
                        .append(": ")
                        .append(change.message())
                        .append(" [")
                        .append(change.kind().label())
                        .append("]\n")
                        .append("    -> ")
                        .append(change.consequence())
                        .append('\n');
                if (!change.location().isOperation()) {
                    text.append("    in ")
                            .append(ReportText.operations(group.operations()))
                            .append('\n');
                }
            }
        }
        return text.toString();
    }
}
