package dev.pvecodegen.generator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pvecodegen.generator.coverage.AnswerCorpus;
import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.SchemaProblem;
import dev.pvecodegen.schema.SchemaRef;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.read.SchemaReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of the commands that read recorded answers ({@code learn}, {@code coverage}): {@code --schema},
 * {@code --answers DIR|FILE…} (repeatable, and taking every following argument up to the next option), the
 * supplement options, the TLS options of an {@code https://} schema ({@link SchemaFetchOptions}), and
 * {@code --output} where the command writes a file.
 */
final class AnswerArguments {

    /** The help lines of {@code --schema} and {@code --answers}. */
    static final String HELP = """
              --schema           an apidoc file (.json or apidoc.js), an https:// URL, or a pinned name (pve-9.2)
              --answers          directories or files of recorded answers: recordings of the runtime's
                                 recordAnswers (pvecodegen-answer/1, one per file) or arrays of {method, path,
                                 version, data} (the form of shared/answers); directories are read recursively
                                 (*.json); repeatable, and takes every argument up to the next option\
            """;

    String schema;
    String output;
    final List<Path> answers = new ArrayList<>();
    final SupplementArguments supplements = new SupplementArguments();
    SchemaFetchOptions fetch = SchemaFetchOptions.NONE;
    private final boolean takesOutput;

    AnswerArguments(boolean takesOutput) {
        this.takesOutput = takesOutput;
    }

    /**
     * Takes every option of {@code args}.
     *
     * @return false for {@code -h}/{@code --help}
     * @throws IllegalArgumentException naming the first bad or missing argument
     */
    boolean parse(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-h") || arg.equals("--help")) {
                return false;
            }
            if (SchemaFetchOptions.isOption(arg)) {
                fetch = fetch.withOptionAt(args, i);
                i += SchemaFetchOptions.width(arg) - 1;
                continue;
            }
            if (SupplementArguments.handles(arg) && !SupplementArguments.takesValue(arg)) {
                supplements.accept(arg, null);
                continue;
            }
            if (arg.equals("--answers")) {
                int before = answers.size();
                while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    answers.add(Path.of(args.get(++i)));
                }
                if (answers.size() == before) {
                    throw new IllegalArgumentException("--answers needs a directory or file");
                }
                continue;
            }
            if (i + 1 >= args.size() || !arg.startsWith("--")) {
                throw new IllegalArgumentException(
                        arg.startsWith("--") ? arg + " needs a value" : "unexpected argument " + arg);
            }
            String value = args.get(++i);
            switch (arg) {
                case "--schema" -> schema = value;
                case "--supplement" -> supplements.accept(arg, value);
                case "--output" -> {
                    if (!takesOutput) {
                        throw new IllegalArgumentException("unknown option --output");
                    }
                    output = value;
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (schema == null) {
            throw new IllegalArgumentException("--schema is required");
        }
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("--answers is required");
        }
        if (takesOutput && output == null) {
            throw new IllegalArgumentException("--output is required");
        }
        return true;
    }

    LoadOptions loadOptions() {
        return fetch.applyTo(supplements.applyTo(LoadOptions.defaults()));
    }

    /**
     * The schema's model, and its apidoc tree when asked for, or null after printing every problem (the caller
     * exits with BAD_INPUT).
     */
    Loaded load(String command, PrintStream err, boolean withTree) {
        try {
            SchemaRef ref = SchemaRef.parse(schema);
            LoadOptions options = loadOptions();
            byte[] bytes = SchemaLoader.bytes(ref, options);
            ApiModel model = SchemaLoader.fromBytes(bytes, ref.toString(), options);
            JsonNode tree =
                    withTree ? SchemaReader.read(bytes, ref.toString()) : JsonNodeFactory.instance.missingNode();
            return new Loaded(ref, model, tree);
        } catch (SchemaException e) {
            err.println("pvecodegen " + command + ": cannot load " + e.source() + " ("
                    + e.problems().size() + (e.problems().size() == 1 ? " problem)" : " problems)"));
            for (SchemaProblem problem : e.problems()) {
                err.println("  " + problem);
            }
            SchemaFetchOptions.printHint(e, command, err);
            return null;
        }
    }

    /** A loaded schema: its reference, its model with the selected supplements, its apidoc tree (or missing). */
    record Loaded(SchemaRef ref, ApiModel model, JsonNode tree) {}

    /** Reads the answers, listing on {@code err} each file or entry that cannot be read. */
    AnswerCorpus.Reading readAnswers(String command, PrintStream err) {
        AnswerCorpus.Reading reading = AnswerCorpus.readLeniently(answers);
        for (String problem : reading.problems()) {
            err.println("pvecodegen " + command + ": skipped " + problem);
        }
        return reading;
    }
}
