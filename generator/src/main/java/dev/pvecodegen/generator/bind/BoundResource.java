package dev.pvecodegen.generator.bind;

import java.util.List;
import java.util.Objects;

/**
 * A resource class: one path, the values of every variable on its way down, its operations and the navigation
 * to its children.
 *
 * @param name the class name ({@code NodesNodeQemu}; the root class for the API root)
 * @param path the path ({@code /} for the root)
 * @param root true for the API root class
 * @param variables the path variables the class carries, outermost first
 * @param operations the operations on this path
 * @param navigation the navigation methods, in schema order of the children, shortcuts last
 * @param children the child resources that have generated operations below them
 */
public record BoundResource(
        String name,
        String path,
        boolean root,
        List<PathVariable> variables,
        List<BoundOperation> operations,
        List<BoundNavigation> navigation,
        List<BoundResource> children) {
    public BoundResource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        variables = List.copyOf(variables);
        operations = List.copyOf(operations);
        navigation = List.copyOf(navigation);
        children = List.copyOf(children);
    }
}
