package dev.pvecodegen.generator.diff;

import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares two types found at the same location and records what changed: the shape (a type change), then,
 * for types of the same shape, their constraints and nested parts.
 */
final class TypeComparison {

    private static final int MAX_VALUES_SHOWN = 8;

    private final ChangeCollector out;
    private final PropertyComparison properties;

    TypeComparison(ChangeCollector out) {
        this.out = out;
        this.properties = new PropertyComparison(out, this);
    }

    PropertyComparison properties() {
        return properties;
    }

    void compare(Location at, ApiType oldType, ApiType newType, Direction direction) {
        if (oldType.equals(newType)) {
            return;
        }
        TypeShape oldShape = TypeShape.of(oldType);
        TypeShape newShape = TypeShape.of(newType);
        if (oldShape != newShape && oldShape.isText() && newShape.isText()) {
            // A plain string and a property string without schema are both text: only the validator name moves.
            compareFormat(at, textFormat(oldType), textFormat(newType), direction);
            return;
        }
        if (oldShape != newShape) {
            out.add(ChangeKind.TYPE_CHANGED, at,
                    "type changed from " + TypeText.describe(oldType) + " to " + TypeText.describe(newType),
                    Consequences.typeChange(at, oldType, newType, direction));
            return;
        }
        switch (oldShape) {
            case STRING -> compareStrings(at, (ApiType.StringType) oldType, (ApiType.StringType) newType, direction);
            case OPAQUE_PROPERTY_STRING -> compareFormat(at, textFormat(oldType), textFormat(newType), direction);
            case INTEGER -> compareIntegers(at, (ApiType.IntegerType) oldType, (ApiType.IntegerType) newType,
                    direction);
            case NUMBER -> compareRange(at, ((ApiType.NumberType) oldType).minimum(),
                    ((ApiType.NumberType) oldType).maximum(), ((ApiType.NumberType) newType).minimum(),
                    ((ApiType.NumberType) newType).maximum(), direction, "range", "");
            case ENUM -> compareEnums(at, (ApiType.EnumType) oldType, (ApiType.EnumType) newType, direction);
            case ARRAY -> compare(at.items(), ((ApiType.ArrayType) oldType).items(),
                    ((ApiType.ArrayType) newType).items(), direction);
            case LIST_STRING -> compareLists(at, (ApiType.ListStringType) oldType, (ApiType.ListStringType) newType,
                    direction);
            case OBJECT, MAP -> compareObjects(at, (ApiType.ObjectType) oldType, (ApiType.ObjectType) newType,
                    direction);
            case PROPERTY_STRING -> comparePropertyStrings(at, ((ApiType.PropertyStringType) oldType).format(),
                    ((ApiType.PropertyStringType) newType).format(), direction);
            case UNION -> compareUnions(at, (ApiType.OneOfType) oldType, (ApiType.OneOfType) newType, direction);
            default -> {
                // BOOLEAN, ANY, NOTHING, TASK carry nothing that could differ (AnyType's reason is diagnostic).
            }
        }
    }

    private void compareStrings(Location at, ApiType.StringType oldType, ApiType.StringType newType,
                                Direction direction) {
        compareFormat(at, oldType.format(), newType.format(), direction);
        if (!oldType.pattern().equals(newType.pattern())) {
            String message = oldType.pattern().isEmpty() ? "pattern added: `" + newType.pattern().get() + "`"
                    : newType.pattern().isEmpty() ? "pattern removed (was `" + oldType.pattern().get() + "`)"
                    : "pattern changed from `" + oldType.pattern().get() + "` to `" + newType.pattern().get() + "`";
            out.add(ChangeKind.PATTERN_CHANGED, validationSeverity(newType.pattern().isEmpty(), direction), at,
                    message, direction == Direction.INPUT && newType.pattern().isPresent()
                            ? "the server checks values against a different pattern: values accepted before may be "
                            + "rejected" : "the server accepts more values; the Java type is unchanged");
        }
        compareRange(at, oldType.minLength().map(BigDecimal::valueOf), oldType.maxLength().map(BigDecimal::valueOf),
                newType.minLength().map(BigDecimal::valueOf), newType.maxLength().map(BigDecimal::valueOf),
                direction, "length", " characters");
    }

    private void compareIntegers(Location at, ApiType.IntegerType oldType, ApiType.IntegerType newType,
                                 Direction direction) {
        // A generator that sizes integers by range (int when both bounds fit, else long) changes the Java type when
        // fitsInt() flips. Only one direction breaks source: a setter going long -> int, a getter going int -> long.
        boolean narrowedToInt = !oldType.fitsInt() && newType.fitsInt();
        boolean widenedToLong = oldType.fitsInt() && !newType.fitsInt();
        if (direction == Direction.INPUT ? narrowedToInt : widenedToLong) {
            out.add(ChangeKind.RANGE_CHANGED, at,
                    "range changed from " + TypeText.describe(oldType) + " to " + TypeText.describe(newType),
                    direction == Direction.INPUT
                            ? "the bounds now fit `int`: a generator that sizes integers by range changes the setter "
                            + "from `long` to `int`, so passing a `long` no longer compiles"
                            : "values no longer fit `int`: a generator that sizes integers by range changes the "
                            + "getter from `int` to `long`, so assigning it to an `int` no longer compiles");
            return;
        }
        compareRange(at, oldType.minimum(), oldType.maximum(), newType.minimum(), newType.maximum(), direction,
                "range", "");
    }

    /** Bounds: narrowing an input is breaking (the server rejects values it took before), widening is additive. */
    private void compareRange(Location at, Optional<BigDecimal> oldMin, Optional<BigDecimal> oldMax,
                              Optional<BigDecimal> newMin, Optional<BigDecimal> newMax, Direction direction,
                              String what, String unit) {
        if (sameValue(oldMin, newMin) && sameValue(oldMax, newMax)) {
            return;
        }
        boolean narrowed = tighter(oldMin, newMin, 1) || tighter(oldMax, newMax, -1);
        String oldText = TypeText.range(oldMin, oldMax).orElse("unbounded");
        String newText = TypeText.range(newMin, newMax).orElse("unbounded");
        Severity severity = direction == Direction.OUTPUT ? Severity.NEUTRAL
                : narrowed ? Severity.BREAKING : Severity.ADDITIVE;
        String consequence = direction == Direction.OUTPUT ? "documentation only: responses are not validated"
                : narrowed ? "values allowed before are now rejected by the server" + unitNote(unit)
                : "more values are accepted; the Java type is unchanged";
        out.add(ChangeKind.RANGE_CHANGED, severity, at, what + " changed from " + oldText + " to " + newText,
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

    private static Optional<String> textFormat(ApiType type) {
        return type instanceof ApiType.OpaquePropertyStringType opaque ? Optional.of(opaque.format())
                : ((ApiType.StringType) type).format();
    }

    void compareFormat(Location at, Optional<String> oldFormat, Optional<String> newFormat, Direction direction) {
        if (oldFormat.equals(newFormat)) {
            return;
        }
        String message = oldFormat.isEmpty() ? "format `" + newFormat.get() + "` added"
                : newFormat.isEmpty() ? "format `" + oldFormat.get() + "` removed"
                : "format changed from `" + oldFormat.get() + "` to `" + newFormat.get() + "`";
        String consequence = direction == Direction.OUTPUT ? "documentation only: the Java type is unchanged"
                : newFormat.isPresent() ? "the Java type is unchanged but the server validates with `"
                + newFormat.get() + "`: values accepted before may be rejected"
                : "the server no longer validates the format; the Java type is unchanged";
        out.add(ChangeKind.FORMAT_CHANGED, validationSeverity(newFormat.isEmpty(), direction), at, message,
                consequence);
    }

    private static Severity validationSeverity(boolean validationDropped, Direction direction) {
        if (direction == Direction.OUTPUT) {
            return Severity.NEUTRAL;
        }
        return validationDropped ? Severity.ADDITIVE : Severity.BREAKING;
    }

    private void compareEnums(Location at, ApiType.EnumType oldType, ApiType.EnumType newType,
                              Direction direction) {
        TreeSet<String> removed = new TreeSet<>(oldType.values());
        removed.removeAll(newType.values());
        TreeSet<String> added = new TreeSet<>(newType.values());
        added.removeAll(oldType.values());
        if (!removed.isEmpty()) {
            out.add(ChangeKind.ENUM_VALUES_REMOVED, at,
                    "enum value" + plural(removed.size()) + " removed: " + TypeText.values(List.copyOf(removed),
                            MAX_VALUES_SHOWN),
                    direction == Direction.INPUT
                            ? "the constants disappear from the generated enum and the server rejects these values"
                            : "the constants disappear from the generated enum; code naming them no longer compiles");
        }
        if (!added.isEmpty()) {
            out.add(ChangeKind.ENUM_VALUES_ADDED, at,
                    "enum value" + plural(added.size()) + " added: " + TypeText.values(List.copyOf(added),
                            MAX_VALUES_SHOWN),
                    direction == Direction.INPUT ? "new constants in the generated enum"
                            : "new constants in the generated enum; responses may carry them, so switches over "
                            + "this enum need a default branch");
        }
    }

    private void compareLists(Location at, ApiType.ListStringType oldType, ApiType.ListStringType newType,
                              Direction direction) {
        compareFormat(at, oldType.format(), newType.format(), direction);
        if (!oldType.separator().equals(newType.separator())) {
            out.add(ChangeKind.SEPARATOR_CHANGED,
                    direction == Direction.INPUT ? Severity.BREAKING : Severity.NEUTRAL, at,
                    "list separator changed from " + TypeText.separatorName(oldType.separator()) + " to "
                            + TypeText.separatorName(newType.separator()),
                    "the Java list is unchanged but a client generated from the old schema joins it wrongly");
        }
        compare(at.items(), oldType.element(), newType.element(), direction);
    }

    private void compareObjects(Location at, ApiType.ObjectType oldType, ApiType.ObjectType newType,
                                Direction direction) {
        if (!oldType.discriminator().equals(newType.discriminator())) {
            out.add(ChangeKind.TYPE_CHANGED, at,
                    "union discriminator changed from " + oldType.discriminator().map(d -> "`" + d + "`")
                            .orElse("none") + " to " + newType.discriminator().map(d -> "`" + d + "`").orElse("none"),
                    "the variants of the generated class are selected differently");
        }
        properties.compareAll(at, ".", oldType.properties(), newType.properties(), direction,
                PropertyComparison.Role.PROPERTY);
        compareAdditional(at, oldType.additional(), newType.additional(), direction);
    }

    private void compareAdditional(Location at, AdditionalProperties oldExtra, AdditionalProperties newExtra,
                                   Direction direction) {
        if (oldExtra instanceof AdditionalProperties.Typed oldTyped
                && newExtra instanceof AdditionalProperties.Typed newTyped) {
            compare(at.child(".", "*"), oldTyped.valueType(), newTyped.valueType(), direction);
            return;
        }
        if (oldExtra.getClass() == newExtra.getClass()) {
            return;
        }
        boolean typedChanged = oldExtra instanceof AdditionalProperties.Typed
                || newExtra instanceof AdditionalProperties.Typed;
        Severity severity = typedChanged ? Severity.BREAKING
                : direction == Direction.OUTPUT ? Severity.NEUTRAL
                : newExtra instanceof AdditionalProperties.Closed ? Severity.BREAKING : Severity.ADDITIVE;
        out.add(ChangeKind.ADDITIONAL_PROPERTIES_CHANGED, severity, at,
                "other keys changed from " + extraText(oldExtra) + " to " + extraText(newExtra),
                typedChanged ? "the generated accessor for undeclared keys changes type"
                        : direction == Direction.OUTPUT ? "no effect: undeclared keys of responses are kept anyway"
                        : newExtra instanceof AdditionalProperties.Closed
                        ? "undeclared keys are now rejected by the server" : "undeclared keys are now accepted");
    }

    private static String extraText(AdditionalProperties extra) {
        if (extra instanceof AdditionalProperties.Typed typed) {
            return "a map of " + TypeText.describe(typed.valueType());
        }
        return extra instanceof AdditionalProperties.Closed ? "rejected" : "allowed";
    }

    private void comparePropertyStrings(Location at, PropertyStringFormat oldFormat, PropertyStringFormat newFormat,
                                        Direction direction) {
        compareFormat(at, oldFormat.formatName(), newFormat.formatName(), direction);
        if (!oldFormat.defaultKey().equals(newFormat.defaultKey())) {
            String oldKey = oldFormat.defaultKey().map(k -> "`" + k + "`").orElse("none");
            String newKey = newFormat.defaultKey().map(k -> "`" + k + "`").orElse("none");
            boolean onlyAdded = oldFormat.defaultKey().isEmpty();
            out.add(ChangeKind.DEFAULT_KEY_CHANGED, onlyAdded ? Severity.ADDITIVE : Severity.BREAKING, at,
                    "default key changed from " + oldKey + " to " + newKey,
                    onlyAdded ? "a bare value (without `key=`) is now accepted as " + newKey
                            : "a bare value (without `key=`) no longer means " + oldKey
                            + ": strings written by hand must name the key");
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        newFormat.aliases().forEach(alias -> aliases.put(alias.alias(), alias.target()));
        properties.compareAll(at, "#", oldFormat.keys(), newFormat.keys(), direction,
                PropertyComparison.Role.SUB_KEY, aliases);
    }

    private void compareUnions(Location at, ApiType.OneOfType oldType, ApiType.OneOfType newType,
                               Direction direction) {
        if (!oldType.discriminator().equals(newType.discriminator())) {
            out.add(ChangeKind.TYPE_CHANGED, at, "union discriminator changed from `" + oldType.discriminator()
                    + "` to `" + newType.discriminator() + "`", "the variant is selected by another property");
            return;
        }
        Map<String, ApiType> oldVariants = variants(oldType);
        Map<String, ApiType> newVariants = variants(newType);
        oldVariants.forEach((key, type) -> {
            ApiType other = newVariants.get(key);
            if (other == null) {
                out.add(ChangeKind.UNION_VARIANTS_CHANGED, at, "variant for " + key + " removed",
                        "values for " + key + " can no longer be written with this property");
            } else {
                compare(at.child("", "(" + key + ")"), type, other, direction);
            }
        });
        newVariants.keySet().stream().filter(key -> !oldVariants.containsKey(key)).forEach(key ->
                out.add(ChangeKind.UNION_VARIANTS_CHANGED, Severity.ADDITIVE, at, "variant for " + key + " added",
                        "values for " + key + " can now be written with this property"));
    }

    private static Map<String, ApiType> variants(ApiType.OneOfType union) {
        Map<String, ApiType> byKey = new LinkedHashMap<>();
        union.variants().forEach(v -> byKey.putIfAbsent(String.join("|", new TreeSet<>(v.instanceTypes())),
                Objects.requireNonNull(v.type())));
        return byKey;
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }
}
