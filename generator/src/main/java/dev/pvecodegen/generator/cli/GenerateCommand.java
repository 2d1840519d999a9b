package dev.pvecodegen.generator.cli;

import dev.pvecodegen.generator.CodeGenerator;
import dev.pvecodegen.generator.GeneratedSources;
import dev.pvecodegen.generator.GeneratorOptions;
import dev.pvecodegen.generator.OutputWriter;
import dev.pvecodegen.generator.bind.NameOverrideException;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.SchemaRef;
import dev.pvecodegen.schema.model.ApiModel;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code generate --schema FILE|URL|pinned-name --output DIR [--package P] [--include GLOB]… [--exclude GLOB]…
 * [--supplement FILE]… [--no-supplement] [--tls-fingerprint SHA256 | --insecure]}: writes the typed client into DIR,
 * atomically (see {@link OutputWriter}).
 */
public final class GenerateCommand implements Command {
    static final String DEFAULT_PACKAGE = "dev.pvecodegen.client";

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "generate the typed Java client of a schema into a directory";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        GenerationArguments arguments = new GenerationArguments();
        try {
            if (arguments.parse(args) == GenerationArguments.Parsed.HELP) {
                usage(out);
                return OK;
            }
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }
        if (arguments.schema == null || arguments.output == null) {
            return usageError(err, "--schema and --output are required");
        }
        ApiModel model;
        try {
            model = SchemaLoader.load(SchemaRef.parse(arguments.schema), arguments.loadOptions());
        } catch (SchemaException e) {
            err.println("pvecodegen generate: " + e.getMessage());
            SchemaFetchOptions.printHint(e, name(), err);
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }
        SupplementArguments.warnUnmatched(model, name(), err);
        GeneratedSources sources;
        try {
            GeneratorOptions options = arguments.options();
            sources = CodeGenerator.generate(model, options);
        } catch (NameOverrideException e) {
            err.println("pvecodegen generate: " + e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return usageError(err, e.getMessage());
        }
        try {
            OutputWriter.Result result = OutputWriter.replaceAtomically(sources, Path.of(arguments.output));
            for (Path leftover : result.removedLeftovers()) {
                out.println("removed " + leftover + ", left by an interrupted run");
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            err.println("pvecodegen generate: " + e.getMessage());
            return USAGE;
        }
        out.printf(
                "generated %d files (%d lines) from %s into %s%n",
                sources.files().size(), sources.lineCount(), model.source().name(), arguments.output);
        return OK;
    }

    private static int usageError(PrintStream err, String message) {
        err.println("pvecodegen generate: " + message);
        usage(err);
        return USAGE;
    }

    private static void usage(PrintStream stream) {
        stream.println("usage: pvecodegen generate --schema FILE|URL|pinned-name --output DIR [--package P]"
                + " [--include GLOB]... [--exclude GLOB]...");
        stream.println("                           [--supplement FILE]... [--no-supplement]"
                + " [--tls-fingerprint SHA256 | --insecure]");
        stream.println("  --schema   an apidoc file (.json or apidoc.js), an https:// URL, or a pinned name"
                + " such as pve-9.2");
        stream.println("  --output   the directory to (re)write; refused, listing them, when it holds files pvecodegen"
                + " did not write");
        stream.println("  --package  the target package (default " + DEFAULT_PACKAGE + ")");
        stream.println("  --include  path glob of operations to generate, e.g. '/nodes/{node}/qemu/**' (repeatable)");
        stream.println("  --exclude  path glob of operations to leave out (repeatable)");
        stream.println(SupplementArguments.HELP);
        stream.print(SchemaFetchOptions.HELP);
        stream.println(ExitCodes.DESCRIPTION);
    }
}
