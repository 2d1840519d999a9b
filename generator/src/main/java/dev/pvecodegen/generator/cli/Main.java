package dev.pvecodegen.generator.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code java -jar pvecodegen.jar <command> [options]}: dispatches to the sub-commands. */
public final class Main {

    /** The sub-commands, in the order the usage lists them. Add new commands here. */
    static List<Command> commands() {
        return List.of(
                new InspectCommand(),
                new GenerateCommand(),
                new TypesCommand(),
                new DiffCommand(),
                new LearnCommand(),
                new CoverageCommand());
    }

    private Main() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && (args[0].equals("--version") || args[0].equals("-V") || args[0].equals("version"))) {
            VersionInfo.print(out);
            return Command.OK;
        }
        if (args.length == 2 && args[0].equals("help")) {
            // "help generate" is "generate --help"
            return run(new String[] {args[1], "--help"}, out, err);
        }
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? Command.USAGE : Command.OK;
        }
        Optional<Command> command =
                commands().stream().filter(c -> c.name().equals(args[0])).findFirst();
        if (command.isEmpty()) {
            err.println("pvecodegen: unknown command '" + args[0] + "'");
            usage(err);
            return Command.USAGE;
        }
        return command.get().run(List.copyOf(Arrays.asList(args).subList(1, args.length)), out, err);
    }

    private static void usage(PrintStream stream) {
        stream.println("usage: pvecodegen <command> [options]   (pvecodegen <command> --help for details)");
        stream.println("       pvecodegen --version");
        for (Command command : commands()) {
            stream.printf("  %-10s %s%n", command.name(), command.summary());
        }
    }
}
