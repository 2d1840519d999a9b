package dev.pvecodegen.generator.bind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Java client bound from a schema model: every class name, member name and Java type decided, independent
 * of the order in which anything is rendered. Immutable.
 *
 * @param packageName the package of the root and resource classes
 * @param rootName the root class ({@code Pve})
 * @param operationsName the operation catalogue class ({@code PveOperations})
 * @param root the root resource
 * @param types every generated class of the model package by name, nested ones as {@code Outer.Inner}
 */
public record BoundModel(
        String packageName,
        String rootName,
        String operationsName,
        BoundResource root,
        SortedMap<String, BoundType> types) {

    public BoundModel {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(rootName, "rootName");
        Objects.requireNonNull(operationsName, "operationsName");
        Objects.requireNonNull(root, "root");
        types = Collections.unmodifiableSortedMap(new TreeMap<>(types));
    }

    /** The package of requests, responses, enums and property-string values. */
    public String modelPackage() {
        return packageName + ".model";
    }

    public Optional<BoundType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** The classes that get a file of their own (nested enums are rendered inside their value class). */
    public List<BoundType> topLevelTypes() {
        return types.values().stream().filter(t -> !t.isNested()).toList();
    }

    /** Every resource, depth first in schema order, the root first. */
    public List<BoundResource> resources() {
        List<BoundResource> all = new ArrayList<>();
        collect(root, all);
        return List.copyOf(all);
    }

    /** Every generated operation in schema order. */
    public List<BoundOperation> operations() {
        return resources().stream().flatMap(r -> r.operations().stream()).toList();
    }

    private static void collect(BoundResource resource, List<BoundResource> into) {
        into.add(resource);
        resource.children().forEach(child -> collect(child, into));
    }
}
