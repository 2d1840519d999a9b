package dev.pvecodegen.generator.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A sub-command of {@code pvecodegen}. Exit codes: {@link #OK}, {@link #USAGE}, {@link #BAD_INPUT},
 * {@link #BREAKING}, {@link #LOST}.
 */
public interface Command {

    int OK = 0;
    /** Wrong or missing arguments. */
    int USAGE = 1;
    /** The input schema could not be loaded (problems on stderr). */
    int BAD_INPUT = 2;
    /** {@code diff --fail-on-breaking} found breaking changes. */
    int BREAKING = 3;
    /** {@code coverage} found fields of recorded answers that the client would not give back as sent. */
    int LOST = 4;

    /** The word that selects this command, e.g. {@code inspect}. */
    String name();

    /** One line for the usage listing. */
    default String summary() {
        return "";
    }

    /** Runs with the arguments after the command name; returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
