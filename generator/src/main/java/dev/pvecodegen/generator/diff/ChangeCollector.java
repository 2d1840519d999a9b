package dev.pvecodegen.generator.diff;

import java.util.ArrayList;
import java.util.List;

/** Accumulates the changes found while walking two models; the report sorts them. */
final class ChangeCollector {

    private final List<Change> changes = new ArrayList<>();

    void add(ChangeKind kind, Location location, String message, String consequence) {
        add(kind, kind.defaultSeverity(), location, message, consequence);
    }

    void add(ChangeKind kind, Severity severity, Location location, String message, String consequence) {
        changes.add(new Change(kind, severity, location, message, consequence));
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }
}
