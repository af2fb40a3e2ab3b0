package uk.ictreview.app;

import java.io.PrintStream;

/**
 * The progress of {@code build-all} on standard error. On a terminal, one line redrawn in place:
 * {@code [########------------]  4/12 schools  last: Hollowmere Academy}; elsewhere (a log, a CI job) one plain
 * line per school as it finishes, so the log reads well. Thread-safe: schools finish on several threads.
 */
final class Progress {
    private static final int WIDTH = 24;
    /** The redrawn line's longest, one short of the 80 columns every terminal has. */
    private static final int LINE = 79;

    private final PrintStream err;
    private final int total;
    private final boolean redraw;
    private int done;
    private int lastLength;

    Progress(PrintStream err, int total, boolean redraw) {
        this.err = err;
        this.total = total;
        this.redraw = redraw;
        if (redraw) {
            draw("");
        }
    }

    /** One school has finished: {@code label} is its name, {@code state} how it ended ("built", ...). */
    synchronized void finished(String label, String state) {
        done++;
        if (redraw) {
            draw("last: " + label + " (" + state + ")");
        } else {
            err.println("[" + pad(done) + "/" + total + "] " + label + ": " + state);
        }
    }

    /** Ends the redrawn line, so what follows starts on a line of its own. */
    synchronized void close() {
        if (redraw) {
            err.println();
        }
    }

    /** The bar alone, for a test: {@code [######------------------]}. */
    static String bar(int done, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
    }

    private void draw(String tail) {
        String line = fit(bar(done, total) + " " + pad(done) + "/" + total + " schools  " + tail, LINE);
        // Blank out what is left of a longer earlier line.
        int extra = Math.max(0, lastLength - line.length());
        err.print("\r" + line + " ".repeat(extra));
        err.flush();
        lastLength = line.length();
    }

    /**
     * A redrawn line must not wrap, or the carriage return goes back only to the start of its last part: cut to
     * {@code width} characters, ending in "..." when cut.
     */
    static String fit(String line, int width) {
        return line.length() <= width ? line : line.substring(0, width - 3) + "...";
    }

    private String pad(int n) {
        String s = Integer.toString(n);
        return " ".repeat(Math.max(0, Integer.toString(total).length() - s.length())) + s;
    }
}
