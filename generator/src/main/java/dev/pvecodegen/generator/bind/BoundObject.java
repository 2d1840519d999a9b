package dev.pvecodegen.generator.bind;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A response class: one object shape, shared by every answer and field that has it.
 *
 * @param name the class name ({@code QemuConfig})
 * @param sites where the shape occurs, best ranked first
 * @param fields the declared fields in schema order
 * @param discriminator for flattened unions: the wire name of the field that selects the variant
 */
public record BoundObject(String name, List<Site> sites, List<BoundField> fields, Optional<String> discriminator)
        implements BoundType {
    public BoundObject {
        Objects.requireNonNull(name, "name");
        sites = List.copyOf(sites);
        fields = List.copyOf(fields);
        Objects.requireNonNull(discriminator, "discriminator");
    }

    @Override
    public JavaType.Kind kind() {
        return JavaType.Kind.OBJECT;
    }
}
