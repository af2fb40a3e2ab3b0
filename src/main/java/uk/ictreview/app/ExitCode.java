package uk.ictreview.app;

/** The exit codes of SPEC 2. */
public final class ExitCode {
    /** Success, and the data was clean. */
    public static final int OK = 0;
    /** Success, with data warnings (or, for build, rows left out because of errors). */
    public static final int WARNINGS = 1;
    /** Bad input: nothing was written (for check: errors were found). */
    public static final int BAD_INPUT = 2;
    /** An internal error: a bug, to be reported. */
    public static final int INTERNAL = 3;

    private ExitCode() {}
}
