package dev.pvecodegen.generator.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code java -jar pvecodegen.jar <command> [options]}: dispatches to the sub-commands. */
public final class Main {

    /** The sub-commands, in the order the usage lists them. Add new commands here. */
    static List<Command> commands() {
        return List.of(new InspectCommand(), new GenerateCommand(), new TypesCommand(), new DiffCommand());
    }

    private Main() {}

    public static void main(String[] args) {
        // A failure on another thread (a renderer out of memory, say) is one line too, never a stack trace.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) ->
                System.err.println("pvecodegen: " + thread.getName() + " failed: " + oneLine(failure)));
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
        return runGuarded(command.get(), List.copyOf(Arrays.asList(args).subList(1, args.length)), out, err);
    }

    /**
     * Runs a command; what it did not foresee (out of memory, a bug) becomes one line on stderr and
     * {@link ExitCodes#INTERNAL_ERROR}, not a stack trace and an exit code that reads like a usage error.
     */
    static int runGuarded(Command command, List<String> args, PrintStream out, PrintStream err) {
        try {
            return command.run(args, out, err);
        } catch (OutOfMemoryError e) {
            err.println("pvecodegen " + command.name() + ": out of memory; give the JVM more heap, e.g."
                    + " java -Xmx2g -jar pvecodegen.jar " + command.name() + " …");
        } catch (StackOverflowError e) {
            err.println("pvecodegen " + command.name() + ": internal error: stack overflow (please report it with"
                    + " the command line); a larger stack may help: java -Xss8m -jar pvecodegen.jar …");
        } catch (RuntimeException | Error e) {
            err.println("pvecodegen " + command.name() + ": internal error: " + oneLine(e)
                    + " (please report it with the command line)");
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null
                ? ""
                : ": " + e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + message;
    }

    private static void usage(PrintStream stream) {
        stream.println("usage: pvecodegen <command> [options]   (pvecodegen <command> --help for details)");
        stream.println("       pvecodegen --version");
        for (Command command : commands()) {
            stream.printf("  %-10s %s%n", command.name(), command.summary());
        }
        stream.println(ExitCodes.DESCRIPTION);
    }
}
