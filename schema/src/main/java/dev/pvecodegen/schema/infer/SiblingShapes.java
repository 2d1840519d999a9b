package dev.pvecodegen.schema.infer;

import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule (d), sibling shapes: the same resource read under another path shares the richer declaration. Two
 * {@code GET} answers describe the same resource when their paths are
 *
 * <ul>
 *   <li>a collection and its member: a list at {@code /P} and an object at {@code /P/{id}}, or
 *   <li>the cluster-wide and the node-local view: {@code /cluster/X…} or {@code /X…} and {@code /nodes/{node}/X…},
 *       both lists or both objects,
 * </ul>
 *
 * <p>and every property the poorer one declares, the richer one declares with the same shape (string, number,
 * boolean, list, object). The poorer answer then gets the richer one's other properties. Example:
 * {@code GET /cluster/tasks} lists {@code upid} only, {@code GET /nodes/{node}/tasks} lists ten fields of the
 * same tasks.
 */
final class SiblingShapes implements InferenceRule {

    static final String ID = "sibling-shapes";
    private static final String NODE_PREFIX = "/nodes/{node}";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<ApiType> refine(Operation operation, ModelIndex index) {
        ApiType answer = operation.returns().type();
        Optional<ApiType.ObjectType> poorer = Answers.object(answer);
        if (operation.method() != HttpMethod.GET
                || poorer.isEmpty()
                || poorer.get().properties().isEmpty()
                || !Answers.refinable(poorer.get())) {
            return Optional.empty();
        }
        Map<String, String> declared = new HashMap<>();
        poorer.get().properties().stream()
                .filter(p -> p.origin().isSchema())
                .forEach(p -> declared.put(p.name(), Answers.shape(p.type())));
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        List<Property> added = new ArrayList<>();
        for (Operation sibling : siblings(operation, index)) {
            Optional<ApiType.ObjectType> richer =
                    Answers.object(sibling.returns().type());
            if (richer.isPresent() && covers(richer.get(), declared)) {
                richer.get().properties().stream()
                        .filter(p -> !declared.containsKey(p.name()))
                        .forEach(p -> added.add(Answers.inferred(p, ID, sibling.key())));
            }
        }
        return added.isEmpty() ? Optional.empty() : Answers.with(answer, added);
    }

    /** True when {@code richer} declares every property of {@code declared} with the same shape, and more. */
    private static boolean covers(ApiType.ObjectType richer, Map<String, String> declared) {
        if (richer.properties().size() <= declared.size()) {
            return false;
        }
        for (Map.Entry<String, String> entry : declared.entrySet()) {
            Optional<Property> match = richer.property(entry.getKey());
            if (match.isEmpty() || !Answers.shape(match.get().type()).equals(entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The other views of the same resource, in the order: collection or member, then the mirror view. */
    private static List<Operation> siblings(Operation operation, ModelIndex index) {
        String path = operation.path();
        boolean list = Answers.isList(operation.returns().type());
        List<Operation> out = new ArrayList<>();
        if (list) {
            index.resource(path)
                    .flatMap(CollectionSymmetry::itemVariable)
                    .flatMap(id -> index.operation(HttpMethod.GET, path + "/{" + id + "}"))
                    .filter(member -> !Answers.isList(member.returns().type()))
                    .ifPresent(out::add);
        } else {
            int slash = path.lastIndexOf('/');
            if (slash > 0 && path.substring(slash + 1).startsWith("{")) {
                index.operation(HttpMethod.GET, path.substring(0, slash))
                        .filter(collection ->
                                Answers.isList(collection.returns().type()))
                        .ifPresent(out::add);
            }
        }
        for (String mirror : mirrors(path)) {
            index.operation(HttpMethod.GET, mirror)
                    .filter(other -> Answers.isList(other.returns().type()) == list)
                    .ifPresent(out::add);
        }
        return out;
    }

    /** {@code /cluster/tasks} ↔ {@code /nodes/{node}/tasks}; {@code /version} ↔ {@code /nodes/{node}/version}. */
    static List<String> mirrors(String path) {
        if (path.startsWith(NODE_PREFIX + "/")) {
            String rest = path.substring(NODE_PREFIX.length());
            return List.of("/cluster" + rest, rest);
        }
        if (path.startsWith("/cluster/")) {
            return List.of(NODE_PREFIX + path.substring("/cluster".length()));
        }
        if (!path.startsWith("/nodes")) {
            return List.of(NODE_PREFIX + path);
        }
        return List.of();
    }
}
