package dev.pvecodegen.runtime.drift;

import java.util.List;
import java.util.Objects;

/**
 * An immutable snapshot of the drift a client has seen since it was built or last reset, ordered by operation,
 * field and kind. Empty when every answer matched the generated types.
 *
 * @param entries one entry per operation, field and kind
 * @param overflow values not counted because the report already held {@value DriftMonitor#MAX_ENTRIES} entries
 */
public record DriftReport(List<DriftEntry> entries, long overflow) {

    public DriftReport {
        entries = List.copyOf(entries);
        if (overflow < 0) {
            throw new IllegalArgumentException("overflow must not be negative: " + overflow);
        }
    }

    /** A report with nothing in it. */
    public static DriftReport empty() {
        return new DriftReport(List.of(), 0);
    }

    /** True when no answer held anything the generated types did not expect. */
    public boolean isEmpty() {
        return entries.isEmpty() && overflow == 0;
    }

    /** The entries of one operation, given as {@code "GET /nodes/{node}/qemu"}. */
    public List<DriftEntry> forOperation(String operation) {
        Objects.requireNonNull(operation, "operation");
        return entries.stream().filter(e -> e.operation().equals(operation)).toList();
    }

    /** The entries of one kind. */
    public List<DriftEntry> ofKind(DriftKind kind) {
        Objects.requireNonNull(kind, "kind");
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /** One line per entry. */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "no drift";
        }
        StringBuilder text = new StringBuilder();
        entries.forEach(entry -> text.append(entry).append('\n'));
        if (overflow > 0) {
            text.append(overflow).append(" more values not counted (the report is full)\n");
        }
        return text.toString();
    }
}
