package dev.pvecodegen.generator.cli;

import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.Enrichment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The supplement options of every command that loads a schema: {@code --supplement FILE} (repeatable, applied after
 * the shipped supplement in the order given, later files overriding earlier ones) and {@code --no-supplement} (leave
 * the shipped one out, its class names included).
 */
final class SupplementArguments {

    /** The help lines of the two options, indented like every command's option list. */
    static final String HELP = """
              --supplement       a supplement file (pvecodegen-supplement/1: facts about answers, class names)
                                 applied after the shipped one; repeatable, later files override earlier ones
              --no-supplement    leave out the supplement shipped for the product (its facts and class names)\
            """;

    private static final String SUPPLEMENT = "--supplement";
    private static final String NO_SUPPLEMENT = "--no-supplement";

    private boolean shipped = true;
    private final List<Path> files = new ArrayList<>();

    /** True for the two options of this class. */
    static boolean handles(String option) {
        return option.equals(SUPPLEMENT) || option.equals(NO_SUPPLEMENT);
    }

    /** True for {@code --supplement}, which takes a file; {@code --no-supplement} takes nothing. */
    static boolean takesValue(String option) {
        return option.equals(SUPPLEMENT);
    }

    /**
     * Takes one of the options.
     *
     * @param value the file of {@code --supplement}; ignored for {@code --no-supplement}
     */
    void accept(String option, String value) {
        if (option.equals(SUPPLEMENT)) {
            files.add(Path.of(value));
        } else if (option.equals(NO_SUPPLEMENT)) {
            shipped = false;
        } else {
            throw new IllegalArgumentException("not a supplement option: " + option);
        }
    }

    /** The options with these supplements selected. */
    LoadOptions applyTo(LoadOptions options) {
        return options.withSupplements(new LoadOptions.SupplementSelection(shipped, files));
    }

    /**
     * Tells about entries of the user's supplements that matched nothing in this schema. The shipped supplement's
     * are left to {@code inspect}: they cover many releases, and a user cannot change them.
     */
    static void warnUnmatched(ApiModel model, String command, PrintStream err) {
        Enrichment enrichment = model.enrichment();
        for (Enrichment.EntryOutcome entry : enrichment.entries(Enrichment.EntryStatus.UNMATCHED)) {
            if (enrichment.shipped(entry.supplement())) {
                continue;
            }
            err.println("pvecodegen " + command + ": supplement entry " + entry.reference() + " matches nothing ("
                    + entry.target() + ": " + entry.detail() + ")");
        }
    }
}
