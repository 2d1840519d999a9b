package dev.pvecodegen.generator.diff;

import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares two types found at the same location and records what changed: the shape (a type change), then,
 * for types of the same shape, their constraints and nested parts.
 */
final class TypeComparison {

    private final ChangeCollector out;
    private final ConstraintComparison constraints;
    private final PropertyComparison properties;

    TypeComparison(ChangeCollector out) {
        this.out = out;
        this.constraints = new ConstraintComparison(out);
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
            constraints.format(at, textFormat(oldType), textFormat(newType), direction);
            return;
        }
        if (oldShape != newShape) {
            out.add(
                    ChangeKind.TYPE_CHANGED,
                    at,
                    "type changed from " + TypeText.describe(oldType) + " to " + TypeText.describe(newType),
                    Consequences.typeChange(at, oldType, newType, direction));
            return;
        }
        // Same shape, so the new type is the same variant as the old one.
        oldType.accept(new SameShape(at, newType, direction));
    }

    /** Compares the constraints and nested parts of two types of the same variant; the visited one is the old. */
    private final class SameShape implements ApiType.Visitor<Void> {
        private final Location at;
        private final ApiType newType;
        private final Direction direction;

        SameShape(Location at, ApiType newType, Direction direction) {
            this.at = at;
            this.newType = newType;
            this.direction = direction;
        }

        @Override
        public Void visitStringType(ApiType.StringType type) {
            constraints.strings(at, type, (ApiType.StringType) newType, direction);
            return null;
        }

        @Override
        public Void visitIntegerType(ApiType.IntegerType type) {
            constraints.integers(at, type, (ApiType.IntegerType) newType, direction);
            return null;
        }

        @Override
        public Void visitNumberType(ApiType.NumberType type) {
            ApiType.NumberType newNumber = (ApiType.NumberType) newType;
            constraints.range(
                    at,
                    type.minimum(),
                    type.maximum(),
                    newNumber.minimum(),
                    newNumber.maximum(),
                    direction,
                    "range",
                    "");
            return null;
        }

        @Override
        public Void visitBooleanType(ApiType.BooleanType type) {
            return null; // nothing that could differ
        }

        @Override
        public Void visitEnumType(ApiType.EnumType type) {
            constraints.enums(at, type, (ApiType.EnumType) newType, direction);
            return null;
        }

        @Override
        public Void visitArrayType(ApiType.ArrayType type) {
            compare(at.items(), type.items(), ((ApiType.ArrayType) newType).items(), direction);
            return null;
        }

        @Override
        public Void visitObjectType(ApiType.ObjectType type) {
            compareObjects(at, type, (ApiType.ObjectType) newType, direction);
            return null;
        }

        @Override
        public Void visitListStringType(ApiType.ListStringType type) {
            compareLists(at, type, (ApiType.ListStringType) newType, direction);
            return null;
        }

        @Override
        public Void visitPropertyStringType(ApiType.PropertyStringType type) {
            comparePropertyStrings(at, type.format(), ((ApiType.PropertyStringType) newType).format(), direction);
            return null;
        }

        @Override
        public Void visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
            constraints.format(at, textFormat(type), textFormat(newType), direction);
            return null;
        }

        @Override
        public Void visitOneOfType(ApiType.OneOfType type) {
            compareUnions(at, type, (ApiType.OneOfType) newType, direction);
            return null;
        }

        @Override
        public Void visitAnyType(ApiType.AnyType type) {
            return null; // the reason is diagnostic, not part of the type
        }

        @Override
        public Void visitNullType(ApiType.NullType type) {
            return null; // nothing that could differ
        }

        @Override
        public Void visitUpidType(ApiType.UpidType type) {
            return null; // nothing that could differ
        }
    }

    private static Optional<String> textFormat(ApiType type) {
        return type instanceof ApiType.OpaquePropertyStringType opaque
                ? Optional.of(opaque.format())
                : ((ApiType.StringType) type).format();
    }

    private void compareLists(
            Location at, ApiType.ListStringType oldType, ApiType.ListStringType newType, Direction direction) {
        constraints.format(at, oldType.format(), newType.format(), direction);
        if (!oldType.separator().equals(newType.separator())) {
            out.add(
                    ChangeKind.SEPARATOR_CHANGED,
                    direction == Direction.INPUT ? Severity.BREAKING : Severity.NEUTRAL,
                    at,
                    "list separator changed from " + TypeText.separatorName(oldType.separator()) + " to "
                            + TypeText.separatorName(newType.separator()),
                    "the Java list is unchanged but a client generated from the old schema joins it wrongly");
        }
        compare(at.items(), oldType.element(), newType.element(), direction);
    }

    private void compareObjects(
            Location at, ApiType.ObjectType oldType, ApiType.ObjectType newType, Direction direction) {
        if (!oldType.discriminator().equals(newType.discriminator())) {
            out.add(
                    ChangeKind.TYPE_CHANGED,
                    at,
                    "union discriminator changed from "
                            + oldType.discriminator().map(d -> "`" + d + "`").orElse("none") + " to "
                            + newType.discriminator().map(d -> "`" + d + "`").orElse("none"),
                    "the variants of the generated class are selected differently");
        }
        properties.compareAll(
                at, ".", oldType.properties(), newType.properties(), direction, PropertyComparison.Role.PROPERTY);
        compareAdditional(at, oldType.additional(), newType.additional(), direction);
    }

    private void compareAdditional(
            Location at, AdditionalProperties oldExtra, AdditionalProperties newExtra, Direction direction) {
        if (oldExtra instanceof AdditionalProperties.Typed oldTyped
                && newExtra instanceof AdditionalProperties.Typed newTyped) {
            compare(at.child(".", "*"), oldTyped.valueType(), newTyped.valueType(), direction);
            return;
        }
        if (oldExtra.getClass() == newExtra.getClass()) {
            return;
        }
        boolean typedChanged =
                oldExtra instanceof AdditionalProperties.Typed || newExtra instanceof AdditionalProperties.Typed;
        Severity severity = typedChanged
                ? Severity.BREAKING
                : direction == Direction.OUTPUT
                        ? Severity.NEUTRAL
                        : newExtra instanceof AdditionalProperties.Closed ? Severity.BREAKING : Severity.ADDITIVE;
        out.add(
                ChangeKind.ADDITIONAL_PROPERTIES_CHANGED,
                severity,
                at,
                "other keys changed from " + extraText(oldExtra) + " to " + extraText(newExtra),
                typedChanged
                        ? "the generated accessor for undeclared keys changes type"
                        : direction == Direction.OUTPUT
                                ? "no effect: undeclared keys of responses are kept anyway"
                                : newExtra instanceof AdditionalProperties.Closed
                                        ? "undeclared keys are now rejected by the server"
                                        : "undeclared keys are now accepted");
    }

    private static String extraText(AdditionalProperties extra) {
        if (extra instanceof AdditionalProperties.Typed typed) {
            return "a map of " + TypeText.describe(typed.valueType());
        }
        return extra instanceof AdditionalProperties.Closed ? "rejected" : "allowed";
    }

    private void comparePropertyStrings(
            Location at, PropertyStringFormat oldFormat, PropertyStringFormat newFormat, Direction direction) {
        constraints.format(at, oldFormat.formatName(), newFormat.formatName(), direction);
        if (!oldFormat.defaultKey().equals(newFormat.defaultKey())) {
            String oldKey = oldFormat.defaultKey().map(k -> "`" + k + "`").orElse("none");
            String newKey = newFormat.defaultKey().map(k -> "`" + k + "`").orElse("none");
            boolean onlyAdded = oldFormat.defaultKey().isEmpty();
            out.add(
                    ChangeKind.DEFAULT_KEY_CHANGED,
                    onlyAdded ? Severity.ADDITIVE : Severity.BREAKING,
                    at,
                    "default key changed from " + oldKey + " to " + newKey,
                    onlyAdded
                            ? "a bare value (without `key=`) is now accepted as " + newKey
                            : "a bare value (without `key=`) no longer means " + oldKey
                                    + ": strings written by hand must name the key");
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        newFormat.aliases().forEach(alias -> aliases.put(alias.alias(), alias.target()));
        properties.compareAll(
                at, "#", oldFormat.keys(), newFormat.keys(), direction, PropertyComparison.Role.SUB_KEY, aliases);
    }

    private void compareUnions(Location at, ApiType.OneOfType oldType, ApiType.OneOfType newType, Direction direction) {
        if (!oldType.discriminator().equals(newType.discriminator())) {
            out.add(
                    ChangeKind.TYPE_CHANGED,
                    at,
                    "union discriminator changed from `" + oldType.discriminator() + "` to `" + newType.discriminator()
                            + "`",
                    "the variant is selected by another property");
            return;
        }
        Map<String, ApiType> oldVariants = variants(oldType);
        Map<String, ApiType> newVariants = variants(newType);
        oldVariants.forEach((key, type) -> {
            ApiType other = newVariants.get(key);
            if (other == null) {
                out.add(
                        ChangeKind.UNION_VARIANTS_CHANGED,
                        at,
                        "variant for " + key + " removed",
                        "values for " + key + " can no longer be written with this property");
            } else {
                compare(at.child("", "(" + key + ")"), type, other, direction);
            }
        });
        newVariants.keySet().stream()
                .filter(key -> !oldVariants.containsKey(key))
                .forEach(key -> out.add(
                        ChangeKind.UNION_VARIANTS_CHANGED,
                        Severity.ADDITIVE,
                        at,
                        "variant for " + key + " added",
                        "values for " + key + " can now be written with this property"));
    }

    private static Map<String, ApiType> variants(ApiType.OneOfType union) {
        Map<String, ApiType> byKey = new LinkedHashMap<>();
        union.variants()
                .forEach(v -> byKey.putIfAbsent(
                        String.join("|", new TreeSet<>(v.instanceTypes())), Objects.requireNonNull(v.type())));
        return byKey;
    }
}
