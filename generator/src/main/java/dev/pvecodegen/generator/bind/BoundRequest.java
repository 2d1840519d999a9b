package dev.pvecodegen.generator.bind;

import dev.pvecodegen.schema.model.Operation;
import java.util.List;
import java.util.Objects;

/**
 * The request class of an operation: its query or body parameters.
 *
 * @param name the class name ({@code CreateQemu})
 * @param operation the operation
 * @param fields the parameters in schema order
 */
public record BoundRequest(String name, Operation operation, List<BoundField> fields) implements BoundType {
    public BoundRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operation, "operation");
        fields = List.copyOf(fields);
    }

    @Override
    public List<Site> sites() {
        return List.of(Site.request(operation));
    }

    @Override
    public JavaType.Kind kind() {
        return JavaType.Kind.REQUEST;
    }
}
