package dev.pvecodegen.generator.cli;

import dev.pvecodegen.generator.bind.NameOverrideException;
import dev.pvecodegen.generator.coverage.AnswerCorpus;
import dev.pvecodegen.generator.learn.LearnResult;
import dev.pvecodegen.generator.learn.LearnedSupplement;
import dev.pvecodegen.generator.learn.Learner;
import dev.pvecodegen.schema.supplement.SupplementApplier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code learn --schema … --answers DIR… [--supplement FILE]… [--no-supplement] --output FILE}: proposes a supplement
 * from recorded answers (see {@link Learner}). Files that cannot be read and answers that match no operation are
 * listed, not fatal; so are conflicts with the supplements given and raw fields nothing could be inferred for.
 */
public final class LearnCommand implements Command {

    private static final String HELP = """
            usage: pvecodegen learn --schema FILE|URL|NAME --answers DIR|FILE... --output FILE
                                    [--supplement FILE]... [--no-supplement] [--tls-fingerprint SHA256 | --insecure]
            Proposes supplement entries (pvecodegen-supplement/1) from recorded answers: fields the schema does not
            declare, with their inferred type; declared fields whose values have another type; data on operations
            the schema says return null. Each entry says how many answers showed it, from which server versions.
            Entries of the supplements given are never overridden: contradicting answers are listed as conflicts.
            Use the file after those supplements: generate --supplement FILE... --supplement LEARNED.
            """ + AnswerArguments.HELP + "\n" + SupplementArguments.HELP + "\n"
            + SchemaFetchOptions.HELP.stripTrailing() + """

              --output           the supplement file to write (replaced when it exists)
            Exit codes: 0 written (problems listed on stderr), 1 usage or output not writable, 2 bad schema or
            supplement, or no answer could be read, 4 internal error.""";

    @Override
    public String name() {
        return "learn";
    }

    @Override
    public String summary() {
        return "propose a supplement from recorded answers (undeclared fields, drifted types)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        AnswerArguments arguments = new AnswerArguments(true);
        AnswerArguments.Loaded loaded;
        try {
            if (!arguments.parse(args)) {
                out.println(HELP);
                return OK;
            }
            loaded = arguments.load(name(), err, true);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (loaded == null) {
            return BAD_INPUT;
        }
        AnswerCorpus.Reading reading = arguments.readAnswers(name(), err);
        if (reading.answers().isEmpty()) {
            err.println("pvecodegen learn: no answer could be read: nothing to learn from");
            return BAD_INPUT;
        }
        LearnResult result;
        try {
            result = new Learner(loaded.model(), loaded.tree()).learn(reading.answers());
        } catch (NameOverrideException e) {
            err.println("pvecodegen learn: " + e.getMessage());
            return BAD_INPUT;
        }
        result.unmatched().forEach(line -> err.println("pvecodegen learn: no operation matches " + line));
        result.conflicts().forEach(line -> err.println("pvecodegen learn: conflict: " + line));
        result.skipped().forEach(line -> err.println("pvecodegen learn: " + line));
        result.warnings().forEach(line -> err.println("pvecodegen learn: warning: " + line));
        byte[] bytes = LearnedSupplement.render(
                SupplementApplier.product(loaded.model().dialect()),
                loaded.ref().toString(),
                result);
        try {
            write(Path.of(arguments.output), bytes);
        } catch (IOException e) {
            err.println("pvecodegen learn: cannot write " + arguments.output + ": " + e.getMessage());
            return USAGE;
        }
        out.printf(
                "pvecodegen learn: %d entries typing %d fields from %d answers (%d unmatched, %d files or entries"
                        + " skipped, %d conflicts, %d fields not learned) -> %s%n",
                result.entries().size(),
                result.fields(),
                result.answers(),
                result.unmatched().size(),
                reading.problems().size(),
                result.conflicts().size(),
                result.skipped().size(),
                arguments.output);
        return OK;
    }

    /** Through a temporary file beside it, so that a reader never sees half a file. */
    private static void write(Path output, byte[] bytes) throws IOException {
        Path absolute = output.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), ".pvecodegen-learn", ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static int usage(PrintStream err, String message) {
        err.println("pvecodegen learn: " + message);
        err.println("usage: pvecodegen learn --schema FILE|URL|NAME --answers DIR|FILE... --output FILE"
                + " [--supplement FILE]... [--no-supplement]   (learn --help for details)");
        return USAGE;
    }
}
