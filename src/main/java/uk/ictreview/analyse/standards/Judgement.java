package uk.ictreview.analyse.standards;

/** How far one line of the standards is met. {@code key} is figures.json's word; {@code label} the report's. */
public enum Judgement {
    MET("met", "Met"),
    PARTLY_MET("partly-met", "Partly met"),
    NOT_MET("not-met", "Not met"),
    NOT_KNOWN("not-known", "Not known");

    private final String key;
    private final String label;

    Judgement(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
