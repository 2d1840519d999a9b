package dev.pvecodegen.generator.cli;

import dev.pvecodegen.generator.diff.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The parsed command line of {@code diff}; both {@code --opt value} and {@code --opt=value} are accepted. */
record DiffArguments(
        String oldSchema,
        String newSchema,
        ReportFormat format,
        boolean failOnBreaking,
        Optional<Path> output,
        SchemaFetchOptions fetch,
        boolean help,
        SupplementArguments supplements) {

    /** @throws IllegalArgumentException naming the offending argument */
    static DiffArguments parse(List<String> args) {
        String oldSchema = null;
        String newSchema = null;
        ReportFormat format = ReportFormat.TEXT;
        boolean failOnBreaking = false;
        Path output = null;
        SchemaFetchOptions fetch = SchemaFetchOptions.NONE;
        SupplementArguments supplements = new SupplementArguments();
        int i = 0;
        while (i < args.size()) {
            String arg = args.get(i++);
            int equals = arg.indexOf('=');
            String option = equals >= 0 ? arg.substring(0, equals) : arg;
            String value = null;
            if (takesValue(option)) {
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i < args.size() && !args.get(i).startsWith("--")) {
                    value = args.get(i++);
                }
                if (value == null || value.isEmpty()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
            } else if (equals >= 0) {
                throw new IllegalArgumentException(option + " takes no value");
            }
            switch (option) {
                case "--help", "-h" -> {
                    return new DiffArguments("", "", format, false, Optional.empty(), fetch, true, supplements);
                }
                case "--fail-on-breaking" -> failOnBreaking = true;
                case "--old" -> oldSchema = value;
                case "--new" -> newSchema = value;
                case "--output" -> output = Path.of(value);
                case "--format" -> format = parseFormat(value);
                case "--supplement", "--no-supplement" -> supplements.accept(option, value);
                default -> {
                    if (!SchemaFetchOptions.isOption(option)) {
                        throw new IllegalArgumentException("unknown argument '" + arg + "'");
                    }
                    fetch = fetch.with(option, value);
                }
            }
        }
        if (oldSchema == null || newSchema == null) {
            throw new IllegalArgumentException("both --old and --new are required");
        }
        return new DiffArguments(
                oldSchema, newSchema, format, failOnBreaking, Optional.ofNullable(output), fetch, false, supplements);
    }

    private static boolean takesValue(String option) {
        return switch (option) {
            case "--old", "--new", "--output", "--format", "--supplement" -> true;
            default -> SchemaFetchOptions.takesValue(option);
        };
    }

    private static ReportFormat parseFormat(String name) {
        return ReportFormat.parse(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown format '" + name + "' (expected text, markdown or json)"));
    }
}
