package dev.pvecodegen.generator.diff;

import dev.pvecodegen.schema.model.IndexRange;
import dev.pvecodegen.schema.model.Property;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares two lists of named properties (parameters of an operation, properties of an object, sub-keys of a
 * property string): which appeared, which disappeared, and how the common ones changed. Properties are matched by
 * their schema name, so a scalar {@code numa} and the family {@code numa[n]} are different properties.
 */
final class PropertyComparison {

    /** What the listed properties are to the generated client. */
    enum Role {
        PARAMETER("parameter", "setter on the request builder", "setter"),
        PROPERTY("property", "accessor on the generated class", "accessor"),
        SUB_KEY("sub-key", "field of the property-string value class", "field");

        private final String noun;
        private final String member;
        private final String shortMember;

        Role(String noun, String member, String shortMember) {
            this.noun = noun;
            this.member = member;
            this.shortMember = shortMember;
        }
    }

    private final ChangeCollector out;
    private final TypeComparison types;

    PropertyComparison(ChangeCollector out, TypeComparison types) {
        this.out = out;
        this.types = types;
    }

    void compareAll(
            Location parent,
            String separator,
            List<Property> oldProperties,
            List<Property> newProperties,
            Direction direction,
            Role role) {
        compareAll(parent, separator, oldProperties, newProperties, direction, role, Map.of());
    }

    /**
     * @param newAliases alias to target in the new schema: a removed property that became an alias of another
     *     key is still understood on the wire, and the report says so
     */
    void compareAll(
            Location parent,
            String separator,
            List<Property> oldProperties,
            List<Property> newProperties,
            Direction direction,
            Role role,
            Map<String, String> newAliases) {
        Map<String, Property> oldByName = bySchemaName(oldProperties);
        Map<String, Property> newByName = bySchemaName(newProperties);
        oldByName.forEach((name, oldProperty) -> {
            Location at = parent.child(separator, name);
            Property newProperty = newByName.get(name);
            if (newProperty == null) {
                removed(at, oldProperty, direction, role, Optional.ofNullable(newAliases.get(name)));
            } else {
                compare(at, oldProperty, newProperty, direction);
            }
        });
        newByName.forEach((name, newProperty) -> {
            if (!oldByName.containsKey(name)) {
                added(parent.child(separator, name), newProperty, direction, role);
            }
        });
    }

    private static Map<String, Property> bySchemaName(List<Property> properties) {
        Map<String, Property> byName = new LinkedHashMap<>();
        properties.forEach(p -> byName.putIfAbsent(p.schemaName(), p));
        return byName;
    }

    private void added(Location at, Property property, Direction direction, Role role) {
        boolean required = !property.optional();
        ChangeKind kind = switch (role) {
            case PARAMETER -> ChangeKind.PARAMETER_ADDED;
            case PROPERTY -> ChangeKind.PROPERTY_ADDED;
            case SUB_KEY -> ChangeKind.SUB_KEY_ADDED;
        };
        String message = "new " + (required ? "required " : "optional ") + role.noun + " ("
                + TypeText.describe(property.type()) + ")";
        if (direction == Direction.INPUT && required) {
            out.add(
                    kind,
                    Severity.BREAKING,
                    at,
                    message,
                    "requests without it are rejected: code written for the "
                            + "old schema must now set it (new required " + role.shortMember + ")");
        } else {
            out.add(kind, Severity.ADDITIVE, at, message, "new " + role.member);
        }
    }

    private void removed(Location at, Property property, Direction direction, Role role, Optional<String> aliasOf) {
        ChangeKind kind = switch (role) {
            case PARAMETER -> ChangeKind.PARAMETER_REMOVED;
            case PROPERTY -> ChangeKind.PROPERTY_REMOVED;
            case SUB_KEY -> ChangeKind.SUB_KEY_REMOVED;
        };
        String message = role.noun + " removed"
                + aliasOf.map(target -> " (now an alias of `" + target + "`)")
                        .orElse(property.doc().deprecated() ? " (it was marked deprecated)" : "");
        String consequence = "the " + role.member + " disappears: code "
                + (direction == Direction.INPUT ? "setting" : "reading") + " it no longer compiles";
        out.add(kind, at, message, consequence);
    }

    void compare(Location at, Property oldProperty, Property newProperty, Direction direction) {
        compareOptionality(at, oldProperty.optional(), newProperty.optional(), direction);
        compareFamily(at, oldProperty.family(), newProperty.family(), direction);
        compareInstanceTypes(at, oldProperty.instanceTypes(), newProperty.instanceTypes());
        if (oldProperty.doc().deprecated() != newProperty.doc().deprecated()) {
            boolean now = newProperty.doc().deprecated();
            out.add(
                    ChangeKind.DEPRECATION_CHANGED,
                    at,
                    now ? "now described as deprecated" : "no longer deprecated",
                    now
                            ? "the generated member may carry `@Deprecated`: plan to stop using it"
                            : "the `@Deprecated` marker may go away");
        }
        types.compare(at, oldProperty.type(), newProperty.type(), direction);
    }

    private void compareOptionality(Location at, boolean wasOptional, boolean isOptional, Direction direction) {
        if (wasOptional == isOptional) {
            return;
        }
        String subject = "`" + at.element() + "`";
        if (!isOptional) {
            out.add(
                    ChangeKind.NOW_REQUIRED,
                    direction == Direction.INPUT ? Severity.BREAKING : Severity.ADDITIVE,
                    at,
                    "now required (was optional)",
                    direction == Direction.INPUT
                            ? "requests without " + subject + " are rejected: the generated builder requires it"
                            : subject + " is now always present in responses");
        } else {
            out.add(
                    ChangeKind.NOW_OPTIONAL,
                    direction == Direction.INPUT ? Severity.ADDITIVE : Severity.BREAKING,
                    at,
                    "now optional (was required)",
                    direction == Direction.INPUT
                            ? subject + " may be left out"
                            : subject + " may now be missing: its getter can return " + "null or an empty value");
        }
    }

    private void compareFamily(
            Location at, Optional<IndexRange> oldRange, Optional<IndexRange> newRange, Direction direction) {
        // Matching by schema name means both are families or both are not; only the range can differ.
        if (oldRange.isEmpty() || newRange.isEmpty()) {
            return;
        }
        IndexRange before = oldRange.get();
        IndexRange after = newRange.get();
        if (before.min() == after.min() && before.max() == after.max()) {
            return;
        }
        boolean narrowed = after.min() > before.min() || after.max() < before.max();
        Severity severity = direction == Direction.INPUT && narrowed
                ? Severity.BREAKING
                : direction == Direction.INPUT ? Severity.ADDITIVE : Severity.NEUTRAL;
        out.add(
                ChangeKind.FAMILY_RANGE_CHANGED,
                severity,
                at,
                "index range changed from " + before + " to " + after,
                narrowed
                        ? "indices outside " + after + " are now rejected"
                        : "indices up to " + after.max() + " can now be used");
    }

    private void compareInstanceTypes(Location at, List<String> oldTypes, List<String> newTypes) {
        SortedSet<String> before = new TreeSet<>(oldTypes);
        SortedSet<String> after = new TreeSet<>(newTypes);
        if (before.equals(after)) {
            return;
        }
        // An empty list means "all variants": going to a non-empty list restricts the property.
        boolean restricted = after.isEmpty() ? false : before.isEmpty() || !after.containsAll(before);
        out.add(
                ChangeKind.UNION_VARIANTS_CHANGED,
                restricted ? Severity.BREAKING : Severity.ADDITIVE,
                at,
                "applies to " + variantsText(before) + " before, " + variantsText(after) + " now",
                restricted
                        ? "setting it for other variants is now rejected by the server"
                        : "it can now be set for more variants");
    }

    private static String variantsText(SortedSet<String> types) {
        return types.isEmpty() ? "all variants" : TypeText.values(List.copyOf(types), types.size());
    }
}
