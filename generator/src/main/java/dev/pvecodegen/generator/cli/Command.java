package dev.pvecodegen.generator.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A sub-command of {@code pvecodegen}. Exit codes: see {@link ExitCodes}; {@link ExitCodes#INTERNAL_ERROR} is
 * {@link Main}'s, for what no command foresaw.
 */
public interface Command {

    int OK = ExitCodes.OK;
    /** Wrong or missing arguments. */
    int USAGE = ExitCodes.USAGE;
    /** The input schema could not be loaded (problems on stderr). */
    int BAD_INPUT = ExitCodes.BAD_INPUT;
    /** {@code diff --fail-on-breaking} found breaking changes. */
    int BREAKING = ExitCodes.BREAKING;

    /** The word that selects this command, e.g. {@code inspect}. */
    String name();

    /** One line for the usage listing. */
    default String summary() {
        return "";
    }

    /** Runs with the arguments after the command name; returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
