package dev.pvecodegen.generator.diff;

import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.SchemaRef;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.SchemaSource;
import java.util.List;
import java.util.Objects;

/**
 * A schema checked against a baseline: the logic behind {@code diff} and the Maven goal
 * {@code check-compatibility}, which differ only in how they are invoked and how they fail.
 */
public final class CompatibilityCheck {

    private CompatibilityCheck() {}

    /**
     * The outcome of a check.
     *
     * @param report every change found
     * @param rendered the report in the requested format
     */
    public record Result(DiffReport report, String rendered) {
        public Result {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(rendered, "rendered");
        }

        public boolean breaking() {
            return report.hasBreakingChanges();
        }

        public long breakingCount() {
            return report.count(Severity.BREAKING);
        }

        /**
         * The breaking changes as log lines ({@code POST /nodes/{node}/qemu › memory: type changed from …}), a change
         * recurring in several operations once, with the operations listed.
         */
        public List<String> breakingLines() {
            return ChangeGroup.of(report.changes(Severity.BREAKING)).stream()
                    .map(group -> group.change().location().isOperation()
                            ? group.change().location().operationKey() + ": "
                                    + group.change().message()
                            : ReportText.operations(group.operations()) + " › "
                                    + group.change().location().element() + ": "
                                    + group.change().message())
                    .toList();
        }

        /** One line for logs: {@code pve-7.2 -> pve-9.2: 182 operations added, 11 removed; 379 breaking, …}. */
        public String summary() {
            int added = report.operations().added();
            return report.oldSource().name() + " -> " + report.newSource().name() + ": "
                    + added + (added == 1 ? " operation" : " operations") + " added, "
                    + report.operations().removed() + " removed; " + report.count(Severity.BREAKING) + " breaking, "
                    + report.count(Severity.ADDITIVE) + " additive, " + report.count(Severity.NEUTRAL)
                    + " neutral changes";
        }
    }

    /**
     * Loads both schemas (pinned names, files or URLs) and compares them. When both fail to load, the exception
     * for the baseline carries the other as a suppressed exception, so every problem is reported at once.
     *
     * @throws IllegalArgumentException when a reference is malformed (e.g. a plain {@code http://} URL)
     */
    public static Result run(String baseline, String current, LoadOptions options, ReportFormat format)
            throws SchemaException {
        SchemaRef baselineRef = SchemaRef.parse(baseline);
        SchemaRef currentRef = SchemaRef.parse(current);
        ApiModel oldModel = null;
        SchemaException failure = null;
        try {
            oldModel = SchemaLoader.load(baselineRef, options);
        } catch (SchemaException e) {
            failure = e;
        }
        ApiModel newModel;
        try {
            newModel = SchemaLoader.load(currentRef, options);
        } catch (SchemaException e) {
            if (failure != null) {
                failure.addSuppressed(e);
                throw failure;
            }
            throw e;
        }
        if (failure != null) {
            throw failure;
        }
        return run(oldModel, newModel, format);
    }

    /**
     * Like {@link #run(String, String, LoadOptions, ReportFormat)}, but the report names the schemas as the user
     * wrote them ({@code src/main/apidoc/baseline.json}) rather than by the resolved absolute path, so that reports
     * do not depend on where the project is checked out.
     */
    public static Result run(
            String baseline,
            String current,
            LoadOptions options,
            ReportFormat format,
            String baselineName,
            String currentName)
            throws SchemaException {
        DiffReport report = run(baseline, current, options, format).report();
        DiffReport renamed = new DiffReport(
                new SchemaSource(baselineName, report.oldSource().sha256()),
                new SchemaSource(currentName, report.newSource().sha256()),
                report.operations(),
                report.changes());
        return new Result(renamed, format.render(renamed));
    }

    public static Result run(ApiModel baseline, ApiModel current, ReportFormat format) {
        DiffReport report = SchemaDiff.compare(baseline, current);
        return new Result(report, format.render(report));
    }
}
