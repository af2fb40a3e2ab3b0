package uk.ictreview.read;

/** A cell that cannot be read as its column's kind; {@code expected} says what would have been accepted. */
final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;

    BadValue(String expected) {
        super(expected, null, false, false);
    }

    /** E.g. {@code a date: expected dd/mm/yyyy ...}; completes "Logged '31/02/2026' is not ...". */
    String expected() {
        return getMessage();
    }
}
