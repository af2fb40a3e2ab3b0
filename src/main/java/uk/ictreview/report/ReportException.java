package uk.ictreview.report;

/** A report could not be rendered (a broken template, a failed PDF): the message says which and where. */
public final class ReportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
