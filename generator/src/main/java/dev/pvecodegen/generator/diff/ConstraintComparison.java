package dev.pvecodegen.generator.diff;

import dev.pvecodegen.schema.model.ApiType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares the constraints of two types of the same shape: validator formats, patterns, numeric ranges and string
 * lengths, enum values. For inputs, what rejects values accepted before is breaking and what accepts more is
 * additive; constraints of responses are documentation (responses are not validated), except enum constants and
 * integer widths, which change the generated Java.
 */
final class ConstraintComparison {

    private static final int MAX_VALUES_SHOWN = 8;

    private final ChangeCollector out;

    ConstraintComparison(ChangeCollector out) {
        this.out = out;
    }

    void strings(Location at, ApiType.StringType oldType, ApiType.StringType newType, Direction direction) {
        format(at, oldType.format(), newType.format(), direction);
        if (!oldType.pattern().equals(newType.pattern())) {
            String message = oldType.pattern().isEmpty()
                    ? "pattern added: `" + newType.pattern().get() + "`"
                    : newType.pattern().isEmpty()
                            ? "pattern removed (was `" + oldType.pattern().get() + "`)"
                            : "pattern changed from `" + oldType.pattern().get() + "` to `"
                                    + newType.pattern().get() + "`";
            out.add(
                    ChangeKind.PATTERN_CHANGED,
                    validationSeverity(newType.pattern().isEmpty(), direction),
                    at,
                    message,
                    direction == Direction.OUTPUT
                            ? "documentation only: responses are not validated"
                            : newType.pattern().isPresent()
                                    ? "the server checks values against a different pattern: "
                                            + "values accepted before may be rejected"
                                    : "the server accepts more values; the Java type is unchanged");
        }
        range(
                at,
                oldType.minLength().map(BigDecimal::valueOf),
                oldType.maxLength().map(BigDecimal::valueOf),
                newType.minLength().map(BigDecimal::valueOf),
                newType.maxLength().map(BigDecimal::valueOf),
                direction,
                "length",
                " characters");
    }

    void integers(Location at, ApiType.IntegerType oldType, ApiType.IntegerType newType, Direction direction) {
        // A generator that sizes integers by range (int when both bounds fit, else long) changes the Java type when
        // fitsInt() flips. Only one direction breaks source: a setter going long -> int, a getter going int -> long.
        boolean narrowedToInt = !oldType.fitsInt() && newType.fitsInt();
        boolean widenedToLong = oldType.fitsInt() && !newType.fitsInt();
        if (direction == Direction.INPUT ? narrowedToInt : widenedToLong) {
            out.add(
                    ChangeKind.RANGE_CHANGED,
                    at,
                    "range changed from " + TypeText.describe(oldType) + " to " + TypeText.describe(newType),
                    direction == Direction.INPUT
                            ? "the bounds now fit `int`: a generator that sizes integers by range changes the setter "
                                    + "from `long` to `int`, so passing a `long` no longer compiles"
                            : "values no longer fit `int`: a generator that sizes integers by range changes the "
                                    + "getter from `int` to `long`, so assigning it to an `int` no longer compiles");
            return;
        }
        range(at, oldType.minimum(), oldType.maximum(), newType.minimum(), newType.maximum(), direction, "range", "");
    }

    /** Bounds: narrowing an input is breaking (the server rejects values it took before), widening is additive. */
    void range(
            Location at,
            Optional<BigDecimal> oldMin,
            Optional<BigDecimal> oldMax,
            Optional<BigDecimal> newMin,
            Optional<BigDecimal> newMax,
            Direction direction,
            String what,
            String unit) {
        if (sameValue(oldMin, newMin) && sameValue(oldMax, newMax)) {
            return;
        }
        boolean narrowed = tighter(oldMin, newMin, 1) || tighter(oldMax, newMax, -1);
        String oldText = TypeText.range(oldMin, oldMax).orElse("unbounded");
        String newText = TypeText.range(newMin, newMax).orElse("unbounded");
        Severity severity =
                direction == Direction.OUTPUT ? Severity.NEUTRAL : narrowed ? Severity.BREAKING : Severity.ADDITIVE;
        String consequence = direction == Direction.OUTPUT
                ? "documentation only: responses are not validated"
                : narrowed
                        ? "values allowed before are now rejected by the server" + unitNote(unit)
                        : "more values are accepted; the Java type is unchanged";
        out.add(
                ChangeKind.RANGE_CHANGED,
                severity,
                at,
                what + " changed from " + oldText + " to " + newText,
                consequence);
    }

    private static String unitNote(String unit) {
        return unit.isEmpty() ? "" : " (limits in" + unit + ")";
    }

    private static boolean sameValue(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
    }

    /** True when the new bound excludes values the old one allowed; {@code sign} 1 for minimums, -1 for maximums. */
    private static boolean tighter(Optional<BigDecimal> oldBound, Optional<BigDecimal> newBound, int sign) {
        if (newBound.isEmpty()) {
            return false;
        }
        return oldBound.isEmpty() || newBound.get().compareTo(oldBound.get()) * sign > 0;
    }

    void format(Location at, Optional<String> oldFormat, Optional<String> newFormat, Direction direction) {
        if (oldFormat.equals(newFormat)) {
            return;
        }
        String message = oldFormat.isEmpty()
                ? "format `" + newFormat.get() + "` added"
                : newFormat.isEmpty()
                        ? "format `" + oldFormat.get() + "` removed"
                        : "format changed from `" + oldFormat.get() + "` to `" + newFormat.get() + "`";
        String consequence = direction == Direction.OUTPUT
                ? "documentation only: the Java type is unchanged"
                : newFormat.isPresent()
                        ? "the Java type is unchanged but the server validates with `" + newFormat.get()
                                + "`: values accepted before may be rejected"
                        : "the server no longer validates the format; the Java type is unchanged";
        out.add(
                ChangeKind.FORMAT_CHANGED,
                validationSeverity(newFormat.isEmpty(), direction),
                at,
                message,
                consequence);
    }

    private static Severity validationSeverity(boolean validationDropped, Direction direction) {
        if (direction == Direction.OUTPUT) {
            return Severity.NEUTRAL;
        }
        return validationDropped ? Severity.ADDITIVE : Severity.BREAKING;
    }

    void enums(Location at, ApiType.EnumType oldType, ApiType.EnumType newType, Direction direction) {
        TreeSet<String> removed = new TreeSet<>(oldType.values());
        removed.removeAll(newType.values());
        TreeSet<String> added = new TreeSet<>(newType.values());
        added.removeAll(oldType.values());
        if (!removed.isEmpty()) {
            out.add(
                    ChangeKind.ENUM_VALUES_REMOVED,
                    at,
                    "enum value" + plural(removed.size()) + " removed: "
                            + TypeText.values(List.copyOf(removed), MAX_VALUES_SHOWN),
                    direction == Direction.INPUT
                            ? "the constants disappear from the generated enum and the server rejects these values"
                            : "the constants disappear from the generated enum; code naming them no longer compiles");
        }
        if (!added.isEmpty()) {
            out.add(
                    ChangeKind.ENUM_VALUES_ADDED,
                    at,
                    "enum value" + plural(added.size()) + " added: "
                            + TypeText.values(List.copyOf(added), MAX_VALUES_SHOWN),
                    direction == Direction.INPUT
                            ? "new constants in the generated enum"
                            : "new constants in the generated enum; responses may carry them, so switches over "
                                    + "this enum need a default branch");
        }
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }
}
