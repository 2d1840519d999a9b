package dev.pvecodegen.schema.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The validated, normalised intermediate model of one apidoc schema: what the emitters, the simulator and the
 * schema diff work from. It holds no raw JSON and no Java-generation concepts.
 *
 * @param source where the schema came from (name, SHA-256 of its bytes)
 * @param dialect the apidoc dialect (PVE Perl or PBS Rust)
 * @param roots the top-level resources in schema order
 * @param excluded subtrees left out of the model, each with the reason
 * @param propertyStringFormats every distinct inline property-string format, by its model id, sorted
 * @param warnings things the builder worked around without losing an operation (e.g. a pattern that could not be
 *     made to compile and was dropped), each naming its location; empty for the three pinned schemas
 * @param enrichment what supplements and inference added beyond the schema's declarations
 */
public record ApiModel(
        SchemaSource source,
        Dialect dialect,
        List<Resource> roots,
        List<ExcludedSubtree> excluded,
        SortedMap<String, PropertyStringFormat> propertyStringFormats,
        List<String> warnings,
        Enrichment enrichment) {

    /** A model of what the schema declares only. */
    public ApiModel(
            SchemaSource source,
            Dialect dialect,
            List<Resource> roots,
            List<ExcludedSubtree> excluded,
            SortedMap<String, PropertyStringFormat> propertyStringFormats,
            List<String> warnings) {
        this(source, dialect, roots, excluded, propertyStringFormats, warnings, Enrichment.none());
    }

    /** The original five-component form, without warnings. */
    public ApiModel(
            SchemaSource source,
            Dialect dialect,
            List<Resource> roots,
            List<ExcludedSubtree> excluded,
            SortedMap<String, PropertyStringFormat> propertyStringFormats) {
        this(source, dialect, roots, excluded, propertyStringFormats, List.of());
    }

    public ApiModel {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dialect, "dialect");
        roots = List.copyOf(roots);
        excluded = List.copyOf(excluded);
        propertyStringFormats = Collections.unmodifiableSortedMap(new TreeMap<>(propertyStringFormats));
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(enrichment, "enrichment");
    }

    /** This model with other resources (the same schema, refined) and enrichment. */
    public ApiModel withRoots(List<Resource> newRoots, Enrichment newEnrichment) {
        return new ApiModel(source, dialect, newRoots, excluded, propertyStringFormats, warnings, newEnrichment);
    }

    /** Every resource of the tree, depth first in schema order, including those without operations. */
    public List<Resource> resources() {
        List<Resource> all = new ArrayList<>();
        roots.forEach(root -> root.collect(all));
        return List.copyOf(all);
    }

    /** Every operation of the model, depth first in schema order, methods in {@link HttpMethod} order. */
    public List<Operation> operations() {
        return resources().stream().flatMap(r -> r.operations().stream()).toList();
    }

    /** Operations that return a task id (UPID). */
    public List<Operation> taskOperations() {
        return operations().stream().filter(Operation::isTask).toList();
    }

    /** Looks an operation up by method and path, e.g. {@code (POST, "/nodes/{node}/qemu")}. */
    public Optional<Operation> operation(HttpMethod method, String path) {
        return operations().stream()
                .filter(op -> op.method() == method && op.path().equals(path))
                .findFirst();
    }

    /** All types reachable from operations (parameters and returns), for summaries. */
    public Stream<ApiType> allTypes() {
        return operations().stream().flatMap(Operation::types);
    }
}
