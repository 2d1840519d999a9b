package dev.pvecodegen.runtime.drift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The monitor's bounds: a cluster that drifts everywhere cannot make a client's report grow without limit. */
class DriftMonitorTest {
    private static final String OPERATION = "GET /cluster/resources";

    @Test
    void keepsAtMostMaxEntriesAndCountsTheRestAsOverflow() {
        DriftMonitor monitor = new DriftMonitor();

        for (int i = 0; i < DriftMonitor.MAX_ENTRIES + 5; i++) {
            monitor.record(OPERATION, "/*/field" + i, DriftKind.UNDECLARED_FIELD, "string", null);
        }
        monitor.record(OPERATION, "/*/field0", DriftKind.UNDECLARED_FIELD, "number", null); // known: still counted

        DriftReport report = monitor.snapshot();
        assertThat(report.entries()).hasSize(DriftMonitor.MAX_ENTRIES);
        assertThat(report.overflow()).isEqualTo(5);
        assertThat(report.isEmpty()).isFalse();
        assertThat(report.entries().get(0).count()).isEqualTo(2);
        assertThat(report.entries().get(0).jsonTypes()).containsExactly("number", "string");
        assertThat(report.toString()).endsWith("5 more values not counted (the report is full)\n");
    }

    @Test
    void keepsAtMostMaxValuesPerEntryAndOnlyForUnknownEnumValues() {
        DriftMonitor monitor = new DriftMonitor();

        for (int i = 0; i < DriftMonitor.MAX_VALUES + 3; i++) {
            monitor.record(OPERATION, "/*/status", DriftKind.UNKNOWN_ENUM_VALUE, "string", "state" + i);
        }
        monitor.record(OPERATION, "/*/password", DriftKind.UNEXPECTED_TYPE, "string", "hunter2");

        DriftReport report = monitor.snapshot();
        assertThat(report.ofKind(DriftKind.UNKNOWN_ENUM_VALUE)).singleElement().satisfies(e -> {
            assertThat(e.count()).isEqualTo(DriftMonitor.MAX_VALUES + 3);
            assertThat(e.values()).hasSize(DriftMonitor.MAX_VALUES);
        });
        assertThat(report.ofKind(DriftKind.UNEXPECTED_TYPE))
                .singleElement()
                .satisfies(e -> assertThat(e.values()).isEmpty()); // any other value may be a secret
        assertThat(report.toString()).doesNotContain("hunter2");
    }

    @Test
    void resetReturnsThePeriodAndStartsAnEmptyOne() {
        DriftMonitor monitor = new DriftMonitor();
        monitor.record(OPERATION, "", DriftKind.DATA_ON_VOID, "object", null);

        DriftReport before = monitor.reset();

        assertThat(before.entries())
                .singleElement()
                .hasToString(OPERATION
                        + ": data carries data although the schema declares no answer; discarded (1×, object)");
        assertThat(monitor.snapshot()).isEqualTo(DriftReport.empty());
        assertThat(DriftReport.empty()).hasToString("no drift");
    }
}
