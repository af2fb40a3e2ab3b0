package uk.ictreview.model;

/** The four focus areas of the ICT Competences Framework. */
public enum FocusArea {
    TECHNOLOGY("Technology"),
    SUPPORT("Support"),
    DEVELOPMENT("Development"),
    PERSONAL("Personal");

    private final String label;

    FocusArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
