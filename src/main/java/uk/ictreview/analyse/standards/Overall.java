package uk.ictreview.analyse.standards;

/**
 * The standards' status on the summary page (docs/rules-standards.md): red when any line of a core standard is not
 * met; amber when any line is partly met or not known, or a line outside the core standards is not met; green
 * when every line is met.
 */
public enum Overall {
    GREEN,
    AMBER,
    RED;

    public static final String RULE = "Red when any line of a core standard (broadband, network switching, wireless,"
            + " cyber security, filtering and monitoring, digital leadership and governance) is not met; amber when"
            + " any line is partly met or not known, or a line outside the core standards is not met; green when"
            + " every line is met.";
}
