package dev.pvecodegen.generator.cli;

import dev.pvecodegen.generator.GeneratorOptions;
import dev.pvecodegen.generator.bind.NameOverride;
import dev.pvecodegen.generator.bind.NamesFile;
import dev.pvecodegen.schema.model.ApiModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options {@code generate} and {@code types} share: {@code --schema}, {@code --package}, {@code --include},
 * {@code --exclude}, {@code --names FILE} (a supplement file whose {@code names} section chooses class names;
 * interim wiring until {@code --supplement} reads whole supplement files) and the {@link SchemaFetchOptions}.
 */
final class GenerationArguments {
    String schema;
    String output;
    String packageName = GenerateCommand.DEFAULT_PACKAGE;
    final List<String> includes = new ArrayList<>();
    final List<String> excludes = new ArrayList<>();
    final List<Path> names = new ArrayList<>();
    SchemaFetchOptions fetch = SchemaFetchOptions.NONE;

    /** What {@link #parse(List)} found besides the options. */
    enum Parsed {
        OPTIONS,
        HELP
    }

    /**
     * Takes every {@code --option value} pair of {@code args}.
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
            case "--names" -> names.add(Path.of(value));
            default -> {
                return Optional.of("unknown option " + option);
            }
        }
        return Optional.empty();
    }

    /**
     * The generator options for a loaded model (the names files must be of the model's product).
     *
     * @throws IllegalArgumentException for a bad package name, or names files that cannot be read
     */
    GeneratorOptions options(ApiModel model) {
        List<NameOverride> overrides = new ArrayList<>();
        names.forEach(file -> overrides.addAll(NamesFile.read(file, model.dialect())));
        return new GeneratorOptions(packageName, includes, excludes, overrides);
    }
}
