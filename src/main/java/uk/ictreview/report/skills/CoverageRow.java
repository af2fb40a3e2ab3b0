package uk.ictreview.report.skills;

import java.util.List;

/**
 * One skill in the coverage table. {@code coverage} is the team's best letter or "none"; {@code status} is the
 * plain words ("Covered by the team", "Covered by Acme IT", "Not covered") and {@code statusClass} its
 * status-green|amber|red class: green = the team reaches the need with two or more people; amber = it rests on
 * one person, or only a provider covers it; red = not covered. {@code holdersPack} and {@code holdersNamed} are
 * the School staff at or above the need, by role label and by name.
 */
public record CoverageRow(
    String skill,
    String focus,
    String need,
    String coverage,
    String status,
    String statusClass,
    int holdersAtNeed,
    boolean singlePoint,
    List<String> holdersPack,
    List<String> holdersNamed) {
  public CoverageRow {
    holdersPack = List.copyOf(holdersPack);
    holdersNamed = List.copyOf(holdersNamed);
  }

  public List<String> holders(boolean names) {
    return names ? holdersNamed : holdersPack;
  }
}
