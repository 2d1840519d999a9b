package dev.pvecodegen.generator.diff;

import dev.pvecodegen.schema.model.SchemaSource;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of comparing two schemas: operation counts and every change, sorted (see {@link Change}).
 *
 * @param oldSource the baseline schema
 * @param newSource the schema compared against the baseline
 * @param operations how many operations were added, removed and kept
 * @param changes every change in report order
 */
public record DiffReport(
        SchemaSource oldSource, SchemaSource newSource, OperationCounts operations, List<Change> changes) {

    public DiffReport {
        Objects.requireNonNull(oldSource, "oldSource");
        Objects.requireNonNull(newSource, "newSource");
        Objects.requireNonNull(operations, "operations");
        changes = changes.stream().sorted().toList();
    }

    public boolean hasBreakingChanges() {
        return changes.stream().anyMatch(Change::isBreaking);
    }

    public List<Change> changes(Severity severity) {
        return changes.stream().filter(c -> c.severity() == severity).toList();
    }

    public long count(Severity severity) {
        return changes.stream().filter(c -> c.severity() == severity).count();
    }

    /** How many changes of each kind, in {@link ChangeKind} order; kinds that do not occur are left out. */
    public Map<ChangeKind, Long> countsByKind() {
        Map<ChangeKind, Long> counts = new EnumMap<>(ChangeKind.class);
        changes.forEach(c -> counts.merge(c.kind(), 1L, Long::sum));
        return counts;
    }

    /** Operations added, removed, and present in both schemas (matched by method and path). */
    public record OperationCounts(int added, int removed, int common) {}
}
