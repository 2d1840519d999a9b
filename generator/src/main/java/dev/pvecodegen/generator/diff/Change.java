package dev.pvecodegen.generator.diff;

import java.util.Comparator;
import java.util.Objects;

/**
 * One difference between two schemas.
 *
 * @param kind what changed
 * @param severity whether code written against the old client breaks
 * @param location the operation and element concerned
 * @param message what changed, in one line ({@code type changed from integer to property string})
 * @param consequence what it means for users of the generated Java client, in one line
 */
public record Change(ChangeKind kind, Severity severity, Location location, String message, String consequence)
        implements Comparable<Change> {

    private static final Comparator<Change> ORDER = Comparator.comparing(Change::location)
            .thenComparing(Change::kind)
            .thenComparing(Change::message)
            .thenComparing(Change::consequence);

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(consequence, "consequence");
    }

    public boolean isBreaking() {
        return severity == Severity.BREAKING;
    }

    /** Sorted by location (path, method, element), then kind, then text: the order of every report. */
    @Override
    public int compareTo(Change other) {
        return ORDER.compare(this, other);
    }
}
