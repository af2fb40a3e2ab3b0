package uk.ictreview.report;

/**
 * The one status of the report: an area on the summary, a row of a section's table and a school in the trust
 * comparison are green, amber, red or not judged. It carries its word (so a greyscale print still shows it), its
 * symbol and its CSS class, so no template or section spells them again (docs/rules-report.md, "Status").
 */
public enum Status {
    GREEN("green", "Green", "\u2713", "&#10003;"),
    AMBER("amber", "Amber", "!", "!"),
    RED("red", "Red", "\u2717", "&#10007;"),
    /** Nothing to judge (no call judged yet, no equipment, nobody on the skills matrix). */
    NOT_JUDGED("", "Not judged", "", "");

    private final String key;
    private final String word;
    private final String symbol;
    private final String symbolHtml;

    Status(String key, String word, String symbol, String symbolHtml) {
        this.key = key;
        this.word = word;
        this.symbol = symbol;
        this.symbolHtml = symbolHtml;
    }

    /** "green", "amber", "red", or "" when not judged: the value in figures.json and the CSV files. */
    public String key() {
        return key;
    }

    /** "Green", "Amber", "Red" or "Not judged". */
    public String word() {
        return word;
    }

    /** ✓, ! or ✗ (none when not judged), so the status does not rest on colour alone. */
    public String symbol() {
        return symbol;
    }

    /** The symbol as the HTML report writes it (a character reference, whatever the page's font). */
    public String symbolHtml() {
        return symbolHtml;
    }

    /** "status-green", "status-amber", "status-red", "status-none": the class report.css and trust.css colour. */
    public String cssClass() {
        return "status-" + (this == NOT_JUDGED ? "none" : key);
    }

    /** The class of a table cell: as {@link #cssClass()}, but none when not judged (the cell is left plain). */
    public String cellClass() {
        return this == NOT_JUDGED ? "" : cssClass();
    }

    public boolean judged() {
        return this != NOT_JUDGED;
    }

    /** The worse of two: red over amber over green; a judged status over none. */
    public Status worse(Status other) {
        if (!judged()) {
            return other;
        }
        return !other.judged() || compareTo(other) >= 0 ? this : other;
    }
}
