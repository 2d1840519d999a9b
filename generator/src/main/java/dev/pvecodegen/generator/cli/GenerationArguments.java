package dev.pvecodegen.generator.cli;

import dev.pvecodegen.generator.GeneratorOptions;
import dev.pvecodegen.schema.LoadOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options {@code generate} and {@code types} share: {@code --schema}, {@code --package}, {@code --include},
 * {@code --exclude}, the supplements ({@code --supplement FILE}, {@code --no-supplement}), whose facts refine
 * the model and whose {@code names} sections choose class names, and the {@link SchemaFetchOptions}.
 */
final class GenerationArguments {
    String schema;
    String output;
    String packageName = GenerateCommand.DEFAULT_PACKAGE;
    final List<String> includes = new ArrayList<>();
    final List<String> excludes = new ArrayList<>();
    final SupplementArguments supplements = new SupplementArguments();
    SchemaFetchOptions fetch = SchemaFetchOptions.NONE;

    /** What {@link #parse(List)} found besides the options. */
    enum Parsed {
        OPTIONS,
        HELP
    }

    /**
     * Takes every option of {@code args}.
     *
     * @return {@link Parsed#HELP} for {@code -h}/{@code --help}
     * @throws IllegalArgumentException naming the first bad argument
     */
    Parsed parse(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-h") || arg.equals("--help")) {
                return Parsed.HELP;
            }
            if (SupplementArguments.handles(arg) && !SupplementArguments.takesValue(arg)) {
                supplements.accept(arg, null);
                continue;
            }
            if (SchemaFetchOptions.isOption(arg)) {
                fetch = fetch.withOptionAt(args, i);
                i += SchemaFetchOptions.width(arg) - 1;
                continue;
            }
            if (i + 1 >= args.size() || !arg.startsWith("--")) {
                throw new IllegalArgumentException(
                        arg.startsWith("--") ? arg + " needs a value" : "unexpected argument " + arg);
            }
            Optional<String> problem = accept(arg, args.get(++i));
            if (problem.isPresent()) {
                throw new IllegalArgumentException(problem.get());
            }
        }
        // Checked now, before a schema is loaded or anything written: a bad package must not cost a generation.
        List<String> problems = GeneratorOptions.packageProblems(packageName);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("--package '" + packageName + "' is not a usable Java package name: "
                    + String.join("; ", problems));
        }
        return Parsed.OPTIONS;
    }

    /**
     * Takes one option and its value.
     *
     * @return an error message, or empty when the option was understood
     */
    private Optional<String> accept(String option, String value) {
        switch (option) {
            case "--schema" -> schema = value;
            case "--output" -> output = value;
            case "--package" -> packageName = value;
            case "--include" -> includes.add(value);
            case "--exclude" -> excludes.add(value);
            case "--supplement" -> supplements.accept(option, value);
            default -> {
                return Optional.of("unknown option " + option);
            }
        }
        return Optional.empty();
    }

    /** How to load the schema: with the supplements selected and the fetch options given. */
    LoadOptions loadOptions() {
        return fetch.applyTo(supplements.applyTo(LoadOptions.defaults()));
    }

    /**
     * The generator options.
     *
     * @throws IllegalArgumentException for a bad package name
     */
    GeneratorOptions options() {
        return new GeneratorOptions(packageName, includes, excludes);
    }
}
