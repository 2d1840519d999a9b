package dev.pvecodegen.schema.infer;

import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import java.util.List;
import java.util.Optional;

/**
 * Rule (a), config symmetry: a {@code GET} answering an object with no or some properties, on a path whose
 * {@code PUT} updates the same configuration, reads back what the {@code PUT} writes. The object gets the
 * {@code PUT}'s body parameters it does not declare, except the {@link WriteOnlyParameters}. An answer declared as
 * nothing at all ({@code returns: {}}) counts as an object without properties: what else would a configuration
 * read be. Examples: {@code GET /cluster/options} declares an object without properties, {@code GET
 * /cluster/ha/groups/{group}} declares nothing; their {@code PUT}s list every option.
 */
final class ConfigSymmetry implements InferenceRule {

    static final String ID = "config-symmetry";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<ApiType> refine(Operation operation, ModelIndex index) {
        return Answers.ofGet(operation)
                .map(ConfigSymmetry::undeclaredAsObject)
                .filter(answer -> answer instanceof ApiType.ObjectType object && Answers.refinable(object))
                .flatMap(answer -> index.operation(HttpMethod.PUT, operation.path())
                        .flatMap(put -> Answers.with(answer, Answers.readableBody(put, ID, index.dialect()))));
    }

    private static ApiType undeclaredAsObject(ApiType answer) {
        return answer instanceof ApiType.AnyType any && any.undeclared()
                ? new ApiType.ObjectType(List.of(), new AdditionalProperties.Open(), Optional.empty())
                : answer;
    }
}
