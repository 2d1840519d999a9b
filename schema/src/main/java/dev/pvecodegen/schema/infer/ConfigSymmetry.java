package dev.pvecodegen.schema.infer;

import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import java.util.Optional;

/**
 * Rule (a), config symmetry: a {@code GET} answering an object with no or some properties, on a path whose
 * {@code PUT} updates the same configuration, reads back what the {@code PUT} writes. The object gets the
 * {@code PUT}'s body parameters it does not declare, except the {@link WriteOnlyParameters}. Example:
 * {@code GET /cluster/options} declares nothing, {@code PUT /cluster/options} lists every option.
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
                .filter(answer -> answer instanceof ApiType.ObjectType object && Answers.refinable(object))
                .flatMap(answer -> index.operation(HttpMethod.PUT, operation.path())
                        .flatMap(put -> Answers.with(answer, Answers.readableBody(put, ID, index.dialect()))));
    }
}
