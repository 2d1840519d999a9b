package dev.pvecodegen.generator.coverage;

import dev.pvecodegen.generator.GeneratorOptions;
import dev.pvecodegen.generator.bind.Binder;
import dev.pvecodegen.generator.bind.BoundModel;
import dev.pvecodegen.generator.bind.BoundOperation;
import dev.pvecodegen.generator.bind.JavaType;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.Operation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures how much of real answers the client generated from a model types. The model is bound as the generator
 * binds it ({@link Binder}: every Java type decided), each answer is matched to its operation and walked against
 * the operation's Java return type with the runtime's lenient rules ({@code Lenient}, property strings read as text
 * or as JSON objects, drifted values kept raw), counting the fields reached through declared accessors, those kept
 * raw, and those the client would lose. Works before any code is generated, so it measures a schema with or
 * without supplements and inference alike.
 *
 * <p>{@code new CoverageMeter(model).measure(answers)} is the whole API; the answer-corpus test of the generated
 * client checks it against what the compiled client really holds.
 */
public final class CoverageMeter {

    private final OperationMatcher matcher;
    private final BoundModel bound;
    private final Map<String, JavaType> returns = new HashMap<>();

    /**
     * Binds {@code model} with the class names of its supplements.
     *
     * @throws dev.pvecodegen.generator.bind.NameOverrideException when those names cannot be applied
     */
    public CoverageMeter(ApiModel model) {
        this.matcher = new OperationMatcher(model);
        this.bound = Binder.bind(model, GeneratorOptions.defaults("dev.pvecodegen.coverage"));
        for (BoundOperation operation : bound.operations()) {
            returns.put(operation.operation().key(), operation.returns());
        }
    }

    /** Measures a file of answers ({@code [{method, path, data}, …]}) or a directory of answer files. */
    public CoverageReport measure(Path answers) {
        return measure(AnswerCorpus.read(answers));
    }

    /** Measures every answer, in order. */
    public CoverageReport measure(List<Answer> answers) {
        return new CoverageReport(answers.stream().map(this::measure).toList());
    }

    /** Measures one answer. */
    public AnswerCoverage measure(Answer answer) {
        Optional<Operation> operation = matcher.match(answer.method(), answer.path());
        AnswerWalk walk = new AnswerWalk(bound);
        if (operation.isEmpty()) {
            walk.problem = "no operation of the schema matches " + answer.method() + " " + answer.path();
        } else {
            walk.top(answer.data(), returns.get(operation.get().key()));
        }
        return new AnswerCoverage(
                answer,
                operation.map(Operation::key),
                walk.fields,
                walk.typed,
                walk.raw,
                walk.lost,
                walk.rawPaths,
                walk.familyPaths,
                walk.lostPaths,
                Optional.ofNullable(walk.problem));
    }
}
