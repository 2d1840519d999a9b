package dev.pvecodegen.schema.infer;

import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.PathSegment;
import dev.pvecodegen.schema.model.Resource;
import java.util.List;
import java.util.Optional;

/**
 * Rule (b), collection symmetry: a {@code GET} listing objects without properties, on a path whose {@code POST}
 * creates an item, lists the items the {@code POST} creates. "Creates an item" means: the path has a child
 * {@code /{id}} and the {@code POST} body names that {@code id}. The items get the body's parameters, except the
 * {@link WriteOnlyParameters}. Example: {@code GET /cluster/sdn/vnets/{vnet}/subnets}.
 *
 * <p>Lists that declare some properties are left alone: they usually summarise ({@code GET /access/domains} lists
 * five of the twenty-odd realm settings), so copying the whole body would declare fields that never come.
 */
final class CollectionSymmetry implements InferenceRule {

    static final String ID = "collection-symmetry";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<ApiType> refine(Operation operation, ModelIndex index) {
        Optional<String> itemId = index.resource(operation.path()).flatMap(CollectionSymmetry::itemVariable);
        if (itemId.isEmpty()) {
            return Optional.empty();
        }
        return Answers.ofGet(operation)
                .filter(CollectionSymmetry::listsUndescribedObjects)
                .flatMap(answer -> index.operation(HttpMethod.POST, operation.path())
                        .filter(post -> post.parameter(itemId.get()).isPresent())
                        .flatMap(post -> Answers.with(answer, Answers.readableBody(post, ID, index.dialect()))));
    }

    /** A list of objects for which the schema declares no property (a supplement may have added some). */
    static boolean listsUndescribedObjects(ApiType answer) {
        return answer instanceof ApiType.ArrayType array
                && array.items() instanceof ApiType.ObjectType items
                && !Answers.declaresAny(items)
                && Answers.refinable(items);
    }

    /** The variable of the path's {@code /{id}} child, if it has exactly one such child. */
    static Optional<String> itemVariable(Resource resource) {
        List<String> variables = resource.children().stream()
                .map(Resource::lastSegment)
                .flatMap(Optional::stream)
                .filter(PathSegment.Variable.class::isInstance)
                .map(segment -> ((PathSegment.Variable) segment).name())
                .toList();
        return variables.size() == 1 ? Optional.of(variables.get(0)) : Optional.empty();
    }
}
