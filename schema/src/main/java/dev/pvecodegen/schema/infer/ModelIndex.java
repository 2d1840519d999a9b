package dev.pvecodegen.schema.infer;

import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Resource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Looks operations and resources of one model up by path, for the rules that relate one path to another. */
final class ModelIndex {

    private final Dialect dialect;
    private final List<Operation> operations;
    private final Map<String, Operation> byKey = new HashMap<>();
    private final Map<String, Resource> byPath = new HashMap<>();

    private final Set<String> curated;

    /**
     * @param curated JSON pointers of the schemas a supplement declared whole ({@code schema} entries): answers
     *     inference leaves as the curator wrote them
     */
    ModelIndex(ApiModel model, Set<String> curated) {
        this.curated = Set.copyOf(curated);
        this.dialect = model.dialect();
        this.operations = model.operations();
        operations.forEach(op -> byKey.put(op.key(), op));
        model.resources().forEach(resource -> byPath.put(resource.path(), resource));
    }

    /** True when a supplement declared the operation's answer, or its items, whole. */
    boolean curated(Operation operation) {
        String answer = operation.returns().pointer();
        return curated.contains(answer) || curated.contains(answer + "/items");
    }

    Dialect dialect() {
        return dialect;
    }

    /** Every operation, in schema order. */
    List<Operation> operations() {
        return operations;
    }

    Optional<Operation> operation(HttpMethod method, String path) {
        return Optional.ofNullable(byKey.get(method + " " + path));
    }

    Optional<Resource> resource(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
