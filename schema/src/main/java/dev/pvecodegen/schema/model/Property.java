package dev.pvecodegen.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named, typed slot: a parameter, an object property or a property-string sub-key.
 *
 * @param name the wire name; for an indexed family the base name without {@code [n]} (e.g. {@code net})
 * @param type the type
 * @param optional whether it may be omitted ({@code optional} 1, "1" or true)
 * @param doc documentation
 * @param family for {@code name[n]} families: the index range; on the wire names are {@code net0}, {@code net1}…
 * @param instanceTypes for properties of flattened unions: the discriminator values this property belongs to;
 *     empty for properties common to all variants
 * @param pointer JSON pointer of the property's schema in the input
 * @param origin whether the schema declares the property, a supplement entry or an inference rule
 */
public record Property(
        String name,
        ApiType type,
        boolean optional,
        Documentation doc,
        Optional<IndexRange> family,
        List<String> instanceTypes,
        String pointer,
        Origin origin) {

    /** A property the schema itself declares. */
    public Property(
            String name,
            ApiType type,
            boolean optional,
            Documentation doc,
            Optional<IndexRange> family,
            List<String> instanceTypes,
            String pointer) {
        this(name, type, optional, doc, family, instanceTypes, pointer, Origin.schema());
    }

    public Property {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(family, "family");
        instanceTypes = List.copyOf(instanceTypes);
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(origin, "origin");
    }

    /** This property with another origin (and, unless it comes from the schema, optional). */
    public Property withOrigin(Origin newOrigin) {
        return new Property(
                name, type, optional || !newOrigin.isSchema(), doc, family, instanceTypes, pointer, newOrigin);
    }

    public boolean isIndexed() {
        return family.isPresent();
    }

    /** The concrete wire name of element {@code index} of an indexed family ({@code net} + 3 = {@code net3}). */
    public String wireName(int index) {
        IndexRange range = family.orElseThrow(() -> new IllegalStateException(name + " is not an indexed family"));
        if (!range.contains(index)) {
            throw new IllegalArgumentException(name + " index " + index + " outside " + range);
        }
        return name + index;
    }

    /** The name as apidoc spells it: {@code net[n]} for families. */
    public String schemaName() {
        return family.isPresent() ? name + "[n]" : name;
    }
}
