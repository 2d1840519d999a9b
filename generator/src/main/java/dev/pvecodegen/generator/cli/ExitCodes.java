package dev.pvecodegen.generator.cli;

/**
 * The exit statuses of {@code pvecodegen}, one meaning each, so that scripts and CI can tell a typo from a broken
 * schema from a crash.
 */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;
    /** Wrong or missing arguments, or an output directory that cannot be used (nothing was written). */
    public static final int USAGE = 1;
    /** The input schema could not be loaded (problems on stderr). */
    public static final int BAD_INPUT = 2;
    /** {@code diff --fail-on-breaking} found breaking changes. */
    public static final int BREAKING = 3;
    /** Out of memory, or a failure pvecodegen did not foresee (a bug): one line on stderr. */
    public static final int INTERNAL_ERROR = 4;

    /** The table printed by {@code --help}. */
    static final String DESCRIPTION = "exit codes: 0 ok, 1 usage error, 2 schema problems,"
            + " 3 breaking changes (diff --fail-on-breaking),\n            4 out of memory or internal error";

    private ExitCodes() {}
}
