package uk.ictreview.validate;

/** How bad a problem is. An error leaves its row (or file) out of the figures; a warning keeps it. */
public enum Severity {
    NOTE,
    WARNING,
    ERROR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
