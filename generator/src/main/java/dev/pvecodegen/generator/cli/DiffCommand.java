package dev.pvecodegen.generator.cli;

import dev.pvecodegen.generator.bind.NameOverrideException;
import dev.pvecodegen.generator.diff.CompatibilityCheck;
import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.SchemaException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code diff --old A --new B [--format text|markdown|json] [--fail-on-breaking] [--output FILE]}: what upgrading
 * from schema A to schema B changes for users of the generated client.
 */
public final class DiffCommand implements Command {

    static final String HELP = """
            usage: pvecodegen diff --old SCHEMA --new SCHEMA [--format text|markdown|json] [--fail-on-breaking]
                                   [--output FILE] [--tls-fingerprint SHA256 | --insecure]
                                   [--supplement FILE]... [--no-supplement]
              SCHEMA is a pinned name (pve-9.2), a file (.json or apidoc.js) or an https:// URL.
              Both schemas are read with the same supplements (the shipped one unless --no-supplement).
              --format            report format (default text)
              --fail-on-breaking  exit with 3 when any change is breaking for the generated client
              --output            write the report to FILE instead of standard output
              --supplement        a supplement file applied to both schemas after the shipped one (repeatable)
              --no-supplement     leave out the supplement shipped for the product
            """ + SchemaFetchOptions.HELP + ExitCodes.DESCRIPTION + "\n";

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String summary() {
        return "what upgrading from one schema to another changes for the generated client";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        DiffArguments arguments;
        try {
            arguments = DiffArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("diff: " + e.getMessage());
            err.print(HELP);
            return USAGE;
        }
        if (arguments.help()) {
            out.print(HELP);
            return OK;
        }
        LoadOptions options = arguments.fetch().applyTo(arguments.supplements().applyTo(LoadOptions.defaults()));
        CompatibilityCheck.Result result;
        try {
            result = CompatibilityCheck.run(arguments.oldSchema(), arguments.newSchema(), options, arguments.format());
        } catch (NameOverrideException e) {
            err.println("diff: " + e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("diff: " + e.getMessage());
            return USAGE;
        } catch (SchemaException e) {
            err.println("diff: " + e.getMessage());
            for (Throwable other : e.getSuppressed()) {
                err.println("diff: " + other.getMessage());
            }
            SchemaFetchOptions.printHint(e, name(), err);
            return BAD_INPUT;
        }
        if (!write(result.rendered(), arguments.output(), out, err)) {
            return BAD_INPUT;
        }
        if (arguments.failOnBreaking() && result.breaking()) {
            err.println("diff: " + result.breakingCount() + " breaking change"
                    + (result.breakingCount() == 1 ? "" : "s") + " (" + result.summary() + ")");
            return BREAKING;
        }
        return OK;
    }

    private static boolean write(String report, Optional<Path> output, PrintStream out, PrintStream err) {
        if (output.isEmpty()) {
            out.print(report);
            out.flush();
            return true;
        }
        try {
            Path file = output.get().toAbsolutePath();
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, report, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            err.println("diff: cannot write " + output.get() + ": " + e.getMessage());
            return false;
        }
    }
}
