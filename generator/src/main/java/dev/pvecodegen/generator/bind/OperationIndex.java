package dev.pvecodegen.generator.bind;

import dev.pvecodegen.generator.naming.NamingStrategy;
import dev.pvecodegen.generator.naming.PathNoun;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.PathSegment;
import dev.pvecodegen.schema.model.Resource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The facts about operations and their resources that names are derived from. */
final class OperationIndex {
    private final Map<String, Resource> resources = new HashMap<>();
    private final Map<String, Operation> operations = new HashMap<>();

    OperationIndex(ApiModel model) {
        model.resources().forEach(r -> resources.put(r.path(), r));
        model.operations().forEach(op -> operations.putIfAbsent(op.key(), op));
    }

    /** The operation of a site; empty for a format site. */
    Optional<Operation> operation(Site site) {
        return site.isFormat() ? Optional.empty() : Optional.ofNullable(operations.get(site.operationKey()));
    }

    Operation operationOf(Site site) {
        return operation(site).orElseThrow(() -> new IllegalStateException("no operation for " + site));
    }

    NamingStrategy.OperationFacts facts(Operation op) {
        Resource resource = resources.get(op.path());
        List<PathSegment> segments = resource.segments();
        String parentPath =
                segments.size() <= 1 ? "/" : op.path().substring(0, op.path().lastIndexOf('/'));
        Resource parent = resources.get(parentPath);
        return new NamingStrategy.OperationFacts(
                op.method(),
                segments,
                isCollection(resource),
                parent != null && isCollection(parent),
                resource.operation(HttpMethod.PUT).isPresent()
                        || resource.operation(HttpMethod.DELETE).isPresent(),
                resource.operation(HttpMethod.GET)
                        .map(get -> get.returns().type().accept(NAMED_OBJECT))
                        .orElse(false));
    }

    /**
     * What an operation is about, for telling variants of one property-string format apart from unrelated ones:
     * the path up to its last item, or the whole path when it has none ({@code NodeQemu} for {@code /nodes/{node}/qemu/{vmid}/config}), or the item a
     * {@code POST} on a collection creates ({@code NodeQemu} for {@code /nodes/{node}/qemu}).
     */
    String item(Operation op) {
        Resource resource = resources.get(op.path());
        List<PathSegment> segments = resource.segments();
        int lastVariable = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i) instanceof PathSegment.Variable) {
                lastVariable = i;
            }
        }
        if (op.method() == HttpMethod.POST && isCollection(resource)) {
            return PathNoun.of(segments, true).singularForm().fullForm();
        }
        List<PathSegment> upToItem = lastVariable < 0 ? segments : segments.subList(0, lastVariable + 1);
        return PathNoun.of(upToItem, false).fullForm();
    }

    /** True for an object with properties: an answer that gets a class of its own. */
    private static final ApiType.Visitor<Boolean> NAMED_OBJECT = new TypeVisitor<>() {
        @Override
        protected Boolean otherwise(ApiType type) {
            return false;
        }

        @Override
        public Boolean visitObjectType(ApiType.ObjectType type) {
            return !type.properties().isEmpty();
        }
    };

    private static boolean isCollection(Resource resource) {
        return resource.children().stream()
                .anyMatch(child -> child.lastSegment().orElse(null) instanceof PathSegment.Variable);
    }
}
