package dev.pvecodegen.runtime.drift;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts drift per operation, field and kind for one client; thread-safe. Each distinct surprise is logged once,
 * at DEBUG, through the {@code System.Logger} {@value #LOGGER}. Only answers that hold a surprise reach this class,
 * so the cost of a matching answer does not depend on it.
 */
public final class DriftMonitor {
    /** Distinct entries kept; later surprises at new fields are only counted in {@link DriftReport#overflow()}. */
    public static final int MAX_ENTRIES = 10_000;
    /** Unknown enum values kept per entry. */
    public static final int MAX_VALUES = 20;

    static final String LOGGER = "dev.pvecodegen.runtime.drift";
    private static final System.Logger LOG = System.getLogger(LOGGER);

    private record Key(String operation, String field, DriftKind kind) {}

    private static final class Tally {
        final LongAdder count = new LongAdder();
        final Set<String> jsonTypes = ConcurrentHashMap.newKeySet();
        final Set<String> values = ConcurrentHashMap.newKeySet();
    }

    /** The counts since the last reset; replaced as a whole so that a reset never mixes two periods. */
    private static final class Period {
        final Map<Key, Tally> tallies = new ConcurrentHashMap<>();
        final LongAdder overflow = new LongAdder();
    }

    private final AtomicReference<Period> period = new AtomicReference<>(new Period());
    private final Set<Key> logged = ConcurrentHashMap.newKeySet();

    /** An empty monitor; a {@code PveClient} makes its own, and tests or other executors may make theirs. */
    public DriftMonitor() {}

    /**
     * Counts one unexpected value.
     *
     * @param jsonType the value's JSON type, or null when it has none (a property-string sub-key)
     * @param value the value itself, kept only for {@link DriftKind#UNKNOWN_ENUM_VALUE}; null otherwise
     */
    public void record(String operation, String field, DriftKind kind, String jsonType, String value) {
        Key key = new Key(operation, field, kind);
        Period current = period.get();
        Tally tally = current.tallies.get(key);
        if (tally == null) {
            if (current.tallies.size() >= MAX_ENTRIES) {
                current.overflow.increment();
                return;
            }
            tally = current.tallies.computeIfAbsent(key, k -> new Tally());
        }
        tally.count.increment();
        if (jsonType != null) {
            tally.jsonTypes.add(jsonType);
        }
        if (value != null && kind == DriftKind.UNKNOWN_ENUM_VALUE && tally.values.size() < MAX_VALUES) {
            tally.values.add(value);
        }
        if (logged.size() < MAX_ENTRIES && logged.add(key)) {
            LOG.log(
                    Level.DEBUG,
                    () -> operation + ": " + (field.isEmpty() ? "data" : field) + " " + kind.explanation()
                            + (jsonType == null ? "" : " (" + jsonType + ")")
                            + (kind == DriftKind.UNKNOWN_ENUM_VALUE && value != null ? ": '" + value + "'" : ""));
        }
    }

    /** What was counted since the client was built or last reset. */
    public DriftReport snapshot() {
        return report(period.get());
    }

    /** Starts counting afresh and returns what was counted until now. Each surprise is still logged only once. */
    public DriftReport reset() {
        return report(period.getAndSet(new Period()));
    }

    private static DriftReport report(Period period) {
        List<DriftEntry> entries = new ArrayList<>();
        period.tallies.forEach((key, tally) -> entries.add(new DriftEntry(
                key.operation(),
                key.field(),
                key.kind(),
                tally.count.sum(),
                new TreeSet<>(tally.jsonTypes),
                new TreeSet<>(tally.values))));
        entries.sort(Comparator.comparing(DriftEntry::operation)
                .thenComparing(DriftEntry::field)
                .thenComparing(DriftEntry::kind));
        return new DriftReport(entries, period.overflow.sum());
    }
}
