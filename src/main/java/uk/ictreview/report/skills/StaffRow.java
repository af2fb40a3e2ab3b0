package uk.ictreview.report.skills;

import java.util.List;
import java.util.Objects;

/**
 * One person of the skills matrix as the report shows them. {@code packLabel} is "Staff 1 (ICT Technician)"
 * (a supplier's engineer: "Staff 3 (Network Engineer, Acme IT)"), used wherever names are hidden;
 * {@code name} is their name, for the leadership's HTML report. {@code levels} are the 12 letters in the
 * framework's order, "-" for none. {@code shortLabel} is "Staff 1", the heat map's column in the pack.
 */
public record StaffRow(
        String packLabel,
        String shortLabel,
        String name,
        String role,
        String employer,
        String fte,
        boolean school,
        List<String> levels) {
    public StaffRow {
        Objects.requireNonNull(packLabel, "packLabel");
        Objects.requireNonNull(shortLabel, "shortLabel");
        Objects.requireNonNull(name, "name");
        levels = List.copyOf(levels);
    }

    /** The role, with the company for a supplier's engineer: "ICT Technician, Acme IT". */
    public String who() {
        return school ? role : role + ", " + employer;
    }

    /** The label to show: the name when names may be shown, else the role label. */
    public String label(boolean names) {
        return names ? name : packLabel;
    }
}
