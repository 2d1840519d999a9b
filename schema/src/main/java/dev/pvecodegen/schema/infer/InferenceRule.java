package dev.pvecodegen.schema.infer;

import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Operation;
import java.util.Optional;

/**
 * One way of deriving an answer's properties from other operations of the same schema. A rule refines only answers
 * the schema leaves open or partial and the supplement did not describe; the properties it adds are optional and
 * carry {@link dev.pvecodegen.schema.model.Origin.Kind#INFERRED} with the rule and the operation they come from.
 */
interface InferenceRule {

    /** The rule's id in reports, e.g. {@code config-symmetry}. */
    String id();

    /** The refined answer type of {@code operation}, or empty when the rule does not apply to it. */
    Optional<ApiType> refine(Operation operation, ModelIndex index);
}
