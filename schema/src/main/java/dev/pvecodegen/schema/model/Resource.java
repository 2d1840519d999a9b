package dev.pvecodegen.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of the resource tree. Nodes without operations of their own are kept: they carry children.
 *
 * @param path the absolute path, e.g. {@code /nodes/{node}/qemu/{vmid}}
 * @param segments the path split into segments ({@code /} alone has none)
 * @param operations the operations on this path, in {@link HttpMethod} order
 * @param children the child resources in schema order
 */
public record Resource(String path, List<PathSegment> segments, List<Operation> operations, List<Resource> children) {
    public Resource {
        Objects.requireNonNull(path, "path");
        segments = List.copyOf(segments);
        operations = List.copyOf(operations);
        children = List.copyOf(children);
    }

    /** The last segment, or empty for the root {@code /}. */
    public Optional<PathSegment> lastSegment() {
        return segments.isEmpty() ? Optional.empty() : Optional.of(segments.get(segments.size() - 1));
    }

    public Optional<Operation> operation(HttpMethod method) {
        return operations.stream().filter(op -> op.method() == method).findFirst();
    }

    void collect(List<Resource> into) {
        into.add(this);
        children.forEach(child -> child.collect(into));
    }
}
