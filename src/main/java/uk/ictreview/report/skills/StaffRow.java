package uk.ictreview.report.skills;

import java.util.List;
import java.util.Objects;

/**
 * One person of the skills matrix as the report shows them. {@code packLabel} is "Staff 1 (ICT Technician)"
 * (a supplier's engineer: "Staff 3 (Network Engineer, Acme IT)"), used wherever names are hidden;
 * {@code name} is their name, for the leadership's HTML report. {@code levels} are the 12 letters in the
 * framework's order, "-" for none.
 */
public record StaffRow(String packLabel, String name, String role, String employer, String fte, boolean school, List<String> levels) {
  public StaffRow {
    Objects.requireNonNull(packLabel, "packLabel");
    Objects.requireNonNull(name, "name");
    levels = List.copyOf(levels);
  }

  /** The label to show: the name when names may be shown, else the role label. */
  public String label(boolean names) {
    return names ? name : packLabel;
  }
}
