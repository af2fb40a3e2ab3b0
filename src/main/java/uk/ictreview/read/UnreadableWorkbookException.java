package uk.ictreview.read;

/**
 * A workbook that is missing or cannot be opened at all (damaged, password-protected, not a workbook, refused
 * as a zip bomb). The message names the file, what was found and what to do; the command line turns it into
 * exit code 2.
 */
public class UnreadableWorkbookException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;

    public UnreadableWorkbookException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public UnreadableWorkbookException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The file's name as in the school folder, e.g. {@code incidents.xlsx}. */
    public String file() {
        return file;
    }
}
