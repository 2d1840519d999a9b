package dev.pvecodegen.generator.coverage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the generated client types one answer.
 *
 * @param answer the answer measured
 * @param operation the key of the operation it matched ({@code GET /nodes/{node}/qemu}), empty when none did
 * @param fields the members of JSON objects at every depth of the answer (an answer without any object counts as
 *     one field)
 * @param typed fields reached through a declared accessor of a Java type other than {@code JsonNode}
 * @param raw fields kept in {@code additionalProperties()}, {@code rawValue(name)}, a property string's
 *     {@code extraEntries()} or a {@code JsonNode}
 * @param lost fields whose value the client would not give back as sent (beyond {@link WriteBack}'s
 *     normalisations), or would not read at all (the call fails, or the operation is generated as {@code void})
 * @param rawPaths JSON pointers of the raw fields (their nested members are not listed)
 * @param familyPaths JSON pointers of indexed-family members ({@code /net0}): kept in
 *     {@code additionalProperties()} by the response object but typed through the family accessor
 * @param lostPaths JSON pointers of the lost fields
 * @param problem why the whole answer is not read, when it is not
 */
public record AnswerCoverage(
        Answer answer,
        Optional<String> operation,
        int fields,
        int typed,
        int raw,
        int lost,
        List<String> rawPaths,
        List<String> familyPaths,
        List<String> lostPaths,
        Optional<String> problem) {

    public AnswerCoverage {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(operation, "operation");
        rawPaths = List.copyOf(rawPaths);
        familyPaths = List.copyOf(familyPaths);
        lostPaths = List.copyOf(lostPaths);
        Objects.requireNonNull(problem, "problem");
    }

    /** Carries data, every field typed, nothing lost. */
    public boolean fullyTyped() {
        return answer.hasData() && operation.isPresent() && problem.isEmpty() && raw == 0 && lost == 0;
    }
}
