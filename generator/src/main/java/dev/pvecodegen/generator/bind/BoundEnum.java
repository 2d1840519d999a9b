package dev.pvecodegen.generator.bind;

import java.util.List;
import java.util.Objects;

/**
 * An open enum: one class for every place that lists the same values.
 *
 * @param name the class name ({@code QemuOstype}, or {@code QemuNet.Model} nested in a value class)
 * @param sites where the values are listed, best ranked first
 * @param values the wire values in schema order
 * @param constants the Java constant of each value, in the same order
 */
public record BoundEnum(String name, List<Site> sites, List<String> values, List<String> constants)
        implements BoundType {
    public BoundEnum {
        Objects.requireNonNull(name, "name");
        sites = List.copyOf(sites);
        values = List.copyOf(values);
        constants = List.copyOf(constants);
        if (values.size() != constants.size()) {
            throw new IllegalArgumentException("one constant per value");
        }
    }

    @Override
    public JavaType.Kind kind() {
        return JavaType.Kind.ENUM;
    }

    /** The simple name without the enclosing class. */
    public String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
