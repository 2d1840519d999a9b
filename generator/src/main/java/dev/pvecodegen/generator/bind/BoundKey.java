package dev.pvecodegen.generator.bind;

import dev.pvecodegen.schema.model.Property;
import java.util.List;
import java.util.Objects;

/**
 * A key of a property-string value class.
 *
 * @param property the schema of the key
 * @param member the Java member name
 * @param type the Java type
 * @param secret the value is a credential, redacted in {@code toString()}
 * @param onlyIn when the class serves several variants of a format and only some have this key: the operations
 *     whose variant has it ({@code POST /nodes/{node}/qemu}); empty when every variant has it
 */
public record BoundKey(Property property, String member, JavaType type, boolean secret, List<String> onlyIn) {
    public BoundKey {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(type, "type");
        onlyIn = List.copyOf(onlyIn);
    }

    public String wireName() {
        return property.name();
    }
}
