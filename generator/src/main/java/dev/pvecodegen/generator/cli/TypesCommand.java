package dev.pvecodegen.generator.cli;

import dev.pvecodegen.generator.bind.Binder;
import dev.pvecodegen.generator.bind.NameOverrideException;
import dev.pvecodegen.generator.bind.TypeList;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.SchemaRef;
import dev.pvecodegen.schema.model.ApiModel;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code types --schema … [--supplement FILE]… [--no-supplement] [--include GLOB]…}: lists the classes of the model package the client
 * would have, with the site each name comes from; the targets to use in a {@code names} section.
 */
public final class TypesCommand implements Command {
    private static final String USAGE_LINE = "usage: pvecodegen types --schema FILE|URL|pinned-name"
            + " [--supplement FILE]... [--no-supplement] [--include GLOB]... [--exclude GLOB]..."
            + " [--tls-fingerprint SHA256 | --insecure]";

    @Override
    public String name() {
        return "types";
    }

    @Override
    public String summary() {
        return "list the generated model classes and the site each name comes from (for name overrides)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        GenerationArguments arguments = new GenerationArguments();
        try {
            if (arguments.parse(args) == GenerationArguments.Parsed.HELP) {
                help(out);
                return OK;
            }
        } catch (IllegalArgumentException e) {
            err.println("pvecodegen types: " + e.getMessage());
            err.println(USAGE_LINE);
            return USAGE;
        }
        if (arguments.schema == null || arguments.output != null) {
            err.println("pvecodegen types: " + (arguments.schema == null ? "--schema is required" : "no --output"));
            err.println(USAGE_LINE);
            return USAGE;
        }
        try {
            ApiModel model = SchemaLoader.load(SchemaRef.parse(arguments.schema), arguments.loadOptions());
            out.print(TypeList.of(Binder.bind(model, arguments.options())));
            return OK;
        } catch (SchemaException e) {
            err.println("pvecodegen types: " + e.getMessage());
            SchemaFetchOptions.printHint(e, name(), err);
            return BAD_INPUT;
        } catch (NameOverrideException e) {
            err.println("pvecodegen types: " + e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("pvecodegen types: " + e.getMessage());
            return USAGE;
        }
    }

    private static void help(PrintStream out) {
        out.println(USAGE_LINE);
        out.println(
                "  --schema   an apidoc file (.json or apidoc.js), an https:// URL, or a pinned name such as pve-9.2");
        out.println(SupplementArguments.HELP);
        out.println(
                "  --include  path glob of operations whose classes to list (repeatable); names do not depend on it");
        out.println("  --exclude  path glob of operations to leave out (repeatable)");
        out.print(SchemaFetchOptions.HELP);
        out.println("Prints one line per class: its name, its kind and the site its name comes from (a target for"
                + " the \"names\" section of a supplement).");
    }
}
