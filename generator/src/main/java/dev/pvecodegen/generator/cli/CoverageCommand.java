package dev.pvecodegen.generator.cli;

import dev.pvecodegen.generator.bind.NameOverrideException;
import dev.pvecodegen.generator.coverage.AnswerCorpus;
import dev.pvecodegen.generator.coverage.AnswerCoverage;
import dev.pvecodegen.generator.coverage.CoverageMeter;
import dev.pvecodegen.generator.coverage.CoverageReport;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code coverage --schema … [--supplement FILE]… [--no-supplement] --answers DIR…}: how much of recorded answers the
 * client generated with these options types, per operation and overall, measured by the {@link CoverageMeter}.
 */
public final class CoverageCommand implements Command {

    private static final String HELP = """
            usage: pvecodegen coverage --schema FILE|URL|NAME --answers DIR|FILE... [--supplement FILE]...
                                       [--no-supplement] [--tls-fingerprint SHA256 | --insecure]
            Measures how much of recorded answers the client generated from the schema (with the supplements and
            inference) types: per operation and overall, the answers fully typed, the fields typed (reached through
            a declared accessor), kept raw (additionalProperties(), rawValue(name), JsonNode) and lost (not given
            back as sent; must be 0), with the JSON pointers of the raw and lost fields.
            """ + AnswerArguments.HELP + "\n" + SupplementArguments.HELP + "\n"
            + SchemaFetchOptions.HELP.stripTrailing() + """

            Exit codes: 0 nothing lost, 1 usage, 2 bad schema or supplement, or no answer could be read, 4 internal
            error, 5 fields lost.""";

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public String summary() {
        return "measure how much of recorded answers the generated client types (typed, raw, lost)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        AnswerArguments arguments = new AnswerArguments(false);
        AnswerArguments.Loaded loaded;
        try {
            if (!arguments.parse(args)) {
                out.println(HELP);
                return OK;
            }
            loaded = arguments.load(name(), err, false);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (loaded == null) {
            return BAD_INPUT;
        }
        AnswerCorpus.Reading reading = arguments.readAnswers(name(), err);
        if (reading.answers().isEmpty()) {
            err.println("pvecodegen coverage: no answer could be read");
            return BAD_INPUT;
        }
        CoverageReport report;
        try {
            report = new CoverageMeter(loaded.model()).measure(reading.answers());
        } catch (NameOverrideException e) {
            err.println("pvecodegen coverage: " + e.getMessage());
            return BAD_INPUT;
        }
        print(report, out);
        for (AnswerCoverage unmatched : report.unmatched()) {
            err.println("pvecodegen coverage: no operation matches "
                    + unmatched.answer().source() + ": " + unmatched.answer().method() + " "
                    + unmatched.answer().path());
        }
        return report.lostFields() > 0 ? LOST : OK;
    }

    private static void print(CoverageReport report, PrintStream out) {
        out.printf(
                "%-60s %7s %6s %6s %6s %5s %5s%n", "OPERATION", "ANSWERS", "FULLY", "FIELDS", "TYPED", "RAW", "LOST");
        for (Map.Entry<String, CoverageReport> operation : report.byOperation().entrySet()) {
            CoverageReport part = operation.getValue();
            out.printf(
                    "%-60s %7d %6d %6d %6d %5d %5d%n",
                    operation.getKey(),
                    part.answers().size(),
                    part.fullyTyped(),
                    part.fields(),
                    part.typedFields(),
                    part.rawFields(),
                    part.lostFields());
            pointers(
                    out,
                    "raw",
                    part.answers().stream().flatMap(a -> a.rawPaths().stream()).toList());
            pointers(
                    out,
                    "lost",
                    part.answers().stream().flatMap(a -> a.lostPaths().stream()).toList());
        }
        out.println("overall: " + report.summary() + " (" + report.answers().size() + " answers read, "
                + report.unmatched().size() + " unmatched)");
    }

    /** The distinct JSON pointers, list indexes folded ({@code /*}{@code /maxmem}), at most ten. */
    private static void pointers(PrintStream out, String label, List<String> pointers) {
        Set<String> distinct = new TreeSet<>();
        pointers.forEach(p -> distinct.add(p.isEmpty() ? "(the whole answer)" : p.replaceAll("/[0-9]+(?=/|$)", "/*")));
        if (distinct.isEmpty()) {
            return;
        }
        List<String> shown = distinct.stream().limit(10).toList();
        out.println("    " + label + ": " + String.join(", ", shown)
                + (distinct.size() > shown.size() ? ", … (" + distinct.size() + " in all)" : ""));
    }

    private static int usage(PrintStream err, String message) {
        err.println("pvecodegen coverage: " + message);
        err.println("usage: pvecodegen coverage --schema FILE|URL|NAME --answers DIR|FILE... [--supplement FILE]..."
                + " [--no-supplement]   (coverage --help for details)");
        return USAGE;
    }
}
