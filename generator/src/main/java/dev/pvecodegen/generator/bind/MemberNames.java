package dev.pvecodegen.generator.bind;

import dev.pvecodegen.generator.naming.NamingStrategy;
import dev.pvecodegen.generator.naming.UniqueNames;
import dev.pvecodegen.schema.model.Property;
import java.util.List;
import java.util.Set;

/** Member names of the properties of one class. */
final class MemberNames {

    /** Members a request class and its builder define themselves. */
    static final Set<String> REQUEST_RESERVED = Set.of(
            "build", "builder", "toBuilder", "parameters", "applyTo", "_variant", "_additional", "additionalParameter");

    /** Members a response class inherits. */
    static final Set<String> OBJECT_RESERVED = Set.of("additionalProperties", "rawValue");

    /** Members a property-string value class and its builder define themselves. */
    static final Set<String> VALUE_RESERVED = Set.of(
            "builder",
            "toBuilder",
            "parse",
            "fromJson",
            "fromFields",
            "wireValue",
            "jsonValue",
            "secretKeys",
            "extraEntries",
            "self",
            "build",
            "raw",
            "rawEntries",
            "fromRead",
            "fromValue",
            "SPEC");

    private MemberNames() {}

    /**
     * Member names for properties, in the properties' order. Plain properties are named first, so that when an
     * indexed family shares its base name with a plain property ({@code numa} and {@code numa[n]}), the family
     * becomes {@code numaFamily} whatever the schema order.
     */
    static List<String> of(List<Property> properties, Set<String> reserved) {
        UniqueNames names = new UniqueNames(false);
        String[] result = new String[properties.size()];
        for (int i = 0; i < properties.size(); i++) {
            if (!properties.get(i).isIndexed()) {
                result[i] = names.allocate(
                        NamingStrategy.memberName(properties.get(i).name(), reserved));
            }
        }
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).isIndexed()) {
                String base = NamingStrategy.memberName(properties.get(i).name(), reserved);
                result[i] = names.allocate(names.isTaken(base) ? NamingStrategy.familyMemberName(base) : base);
            }
        }
        return List.of(result);
    }
}
