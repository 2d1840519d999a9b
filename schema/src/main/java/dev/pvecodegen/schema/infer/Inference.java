package dev.pvecodegen.schema.infer;

import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refines a model's open and partial answers from other operations of the same schema, rule by rule: (a)
 * {@link ConfigSymmetry}, (b) {@link CollectionSymmetry}, (c) {@link DirectoryIndex}, (d) {@link SiblingShapes}.
 * Each rule sees the model as the rules before it left it, and decides all its refinements from that one state, so
 * the result does not depend on the order of operations. Which operations each rule typed is recorded in the
 * model's {@link dev.pvecodegen.schema.model.Enrichment}.
 */
public final class Inference {

    private static final List<InferenceRule> RULES =
            List.of(new ConfigSymmetry(), new CollectionSymmetry(), new DirectoryIndex(), new SiblingShapes());

    private Inference() {}

    /** The ids of the rules in the order they run. */
    public static List<String> ruleIds() {
        return RULES.stream().map(InferenceRule::id).toList();
    }

    public static ApiModel apply(ApiModel model) {
        return apply(model, Set.of());
    }

    /**
     * Runs the rules in order, each on the model the previous ones refined.
     *
     * @param curated JSON pointers of the schemas supplement entries declared whole; the rules leave those answers
     *     alone (a curated description wins over a heuristic), while answers that entries only added properties to
     *     are still refined
     */
    public static ApiModel apply(ApiModel model, Set<String> curated) {
        ApiModel current = model;
        Map<String, List<String>> typed = new LinkedHashMap<>();
        for (InferenceRule rule : RULES) {
            ModelIndex index = new ModelIndex(current, curated);
            Map<String, ApiType> refined = new LinkedHashMap<>();
            for (Operation operation : index.operations()) {
                Optional<ApiType> type = index.curated(operation) ? Optional.empty() : rule.refine(operation, index);
                type.ifPresent(t -> refined.put(operation.key(), t));
            }
            typed.put(rule.id(), List.copyOf(refined.keySet()));
            if (!refined.isEmpty()) {
                current = current.withRoots(rebuild(current.roots(), refined), current.enrichment());
            }
        }
        return current.withRoots(current.roots(), current.enrichment().withInferred(typed));
    }

    private static List<Resource> rebuild(List<Resource> resources, Map<String, ApiType> refined) {
        List<Resource> out = new ArrayList<>(resources.size());
        for (Resource resource : resources) {
            List<Operation> operations = resource.operations().stream()
                    .map(op -> {
                        ApiType type = refined.get(op.key());
                        return type == null ? op : withAnswer(op, type);
                    })
                    .toList();
            out.add(new Resource(
                    resource.path(), resource.segments(), operations, rebuild(resource.children(), refined)));
        }
        return out;
    }

    private static Operation withAnswer(Operation op, ApiType type) {
        return new Operation(
                op.method(),
                op.path(),
                op.name(),
                op.doc(),
                op.permissions(),
                op.flags(),
                op.parameters(),
                op.additionalParameters(),
                op.unionDiscriminator(),
                op.returns().withType(type),
                op.pointer());
    }
}
