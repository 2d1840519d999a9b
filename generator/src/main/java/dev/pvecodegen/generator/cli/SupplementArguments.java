package dev.pvecodegen.generator.cli;

import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.Enrichment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The supplement options every command that loads a schema takes: {@code --supplement FILE} (repeatable, applied
 * after the shipped supplement in the order given, later files overriding earlier ones) and
 * {@code --no-supplement} (leave the shipped one out).
 */
final class SupplementArguments {

    static final String HELP = """
              --supplement       a supplement file (pvecodegen-supplement/1) applied after the shipped one;
                                 repeatable, later files override earlier ones
              --no-supplement    leave out the supplement shipped for the product""";

    private boolean shipped = true;
    private final List<Path> files = new ArrayList<>();

    /** True when {@code option} is one of these; consumes its value through {@code value} when it takes one. */
    boolean accept(String option, java.util.function.Supplier<String> value) {
        switch (option) {
            case "--no-supplement" -> shipped = false;
            case "--supplement" -> files.add(Path.of(value.get()));
            default -> {
                return false;
            }
        }
        return true;
    }

    static boolean takesValue(String option) {
        return option.equals("--supplement");
    }

    LoadOptions applyTo(LoadOptions options) {
        return options.withSupplements(new LoadOptions.SupplementSelection(shipped, files));
    }

    /** Tells about entries that did nothing for this schema (the full list is in {@code inspect}). */
    static void warnUnmatched(ApiModel model, String command, PrintStream err) {
        List<Enrichment.EntryOutcome> unmatched = model.enrichment().entries(Enrichment.EntryStatus.UNMATCHED);
        for (Enrichment.EntryOutcome entry : unmatched) {
            err.println("pvecodegen " + command + ": supplement entry " + entry.reference() + " matches nothing ("
                    + entry.target() + ": " + entry.detail() + ")");
        }
    }
}
