package dev.pvecodegen.generator.cli;

import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.SchemaProblem;
import dev.pvecodegen.schema.SchemaRef;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.summary.ModelSummary;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code inspect --schema FILE|URL|NAME [--json]}: loads a schema and prints what the model holds. Bad input
 * exits with {@link Command#BAD_INPUT} and every problem on stderr.
 */
public final class InspectCommand implements Command {

    private static final String HELP =
            """
            usage: pvecodegen inspect --schema FILE|URL|NAME [--json] [--sha256 HEX] [--offline]
                                      [--tls-fingerprint AB:CD:..] [--insecure]
                                      [--supplement FILE]... [--no-supplement]
              --schema           an apidoc.js or JSON file, an https:// URL, classpath:RESOURCE, or a pinned name
                                 (pve-9.2, pve-7.2, pbs-4.2)
              --json             print the summary as one JSON object
              --sha256           fail unless the schema bytes have this SHA-256
              --offline          refuse URLs
            """ + SupplementArguments.HELP + "\n" + SchemaFetchOptions.HELP + ExitCodes.DESCRIPTION;

    @Override
    public String name() {
        return "inspect";
    }

    @Override
    public String summary() {
        return "load a schema and summarise its model (operations, types, fallbacks)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String schema = null;
        boolean json = false;
        LoadOptions options = LoadOptions.defaults();
        SupplementArguments supplements = new SupplementArguments();
        SchemaFetchOptions fetch = SchemaFetchOptions.NONE;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (SupplementArguments.handles(arg)) {
                if (SupplementArguments.takesValue(arg) && i + 1 >= args.size()) {
                    return usageError(err, arg + " needs a value");
                }
                supplements.accept(arg, SupplementArguments.takesValue(arg) ? args.get(++i) : null);
                continue;
            }
            if (SchemaFetchOptions.isOption(arg)) {
                try {
                    fetch = fetch.withOptionAt(args, i);
                } catch (IllegalArgumentException e) {
                    return usageError(err, e.getMessage());
                }
                i += SchemaFetchOptions.width(arg) - 1;
                continue;
            }
            switch (arg) {
                case "--json" -> json = true;
                case "--offline" -> options = options.withOffline(true);
                case "-h", "--help" -> {
                    out.println(HELP);
                    return OK;
                }
                case "--schema", "--sha256" -> {
                    if (i + 1 >= args.size()) {
                        return usageError(err, arg + " needs a value");
                    }
                    String value = args.get(++i);
                    if (arg.equals("--schema")) {
                        schema = value;
                    } else {
                        options = options.withExpectedSha256(value);
                    }
                }
                default -> {
                    return usageError(err, "unknown option '" + arg + "'");
                }
            }
        }
        if (schema == null) {
            return usageError(err, "--schema is required");
        }
        SchemaRef ref;
        try {
            ref = SchemaRef.parse(schema);
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }
        ApiModel model;
        try {
            model = SchemaLoader.load(ref, fetch.applyTo(supplements.applyTo(options)));
        } catch (SchemaException e) {
            err.println("pvecodegen inspect: cannot load " + e.source() + " ("
                    + e.problems().size() + (e.problems().size() == 1 ? " problem)" : " problems)"));
            for (SchemaProblem problem : e.problems()) {
                err.println("  " + problem);
            }
            SchemaFetchOptions.printHint(e, name(), err);
            return BAD_INPUT;
        }
        ModelSummary summary = ModelSummary.of(model);
        if (json) {
            out.println(SummaryJson.render(summary));
        } else {
            SummaryText.render(summary, out);
        }
        return OK;
    }

    private static int usageError(PrintStream err, String message) {
        err.println("pvecodegen inspect: " + message);
        err.println(HELP);
        return USAGE;
    }
}
