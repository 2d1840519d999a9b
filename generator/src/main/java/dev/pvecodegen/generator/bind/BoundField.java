package dev.pvecodegen.generator.bind;

import dev.pvecodegen.schema.model.Property;
import java.util.List;
import java.util.Objects;

/**
 * A parameter of a request or a field of a response object.
 *
 * @param property the schema property (wire name, optionality, documentation, family range)
 * @param member the Java member name: field, accessor and builder setter
 * @param type the Java type; for an indexed family the type of one member
 * @param secret the value is a credential: {@code toString()} shows it redacted
 * @param refusedKeys keys of the property-string value class that this parameter does not accept (the class also
 *     serves a variant of the format that has them); {@code build()} refuses a value that sets one
 */
public record BoundField(Property property, String member, JavaType type, boolean secret, List<String> refusedKeys) {
    public BoundField {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(type, "type");
        refusedKeys = List.copyOf(refusedKeys);
    }

    /** The wire name ({@code net} for the family {@code net[n]}). */
    public String wireName() {
        return property.name();
    }
}
