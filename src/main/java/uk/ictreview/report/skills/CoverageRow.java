package uk.ictreview.report.skills;

import java.util.List;
import uk.ictreview.report.Status;

/**
 * One skill in the coverage table. {@code coverage} is the team's best letter or "none"; {@code status} is the
 * plain words ("Covered by the team", "Covered by Acme IT", "Not covered") and {@code rating} its
 * {@link Status}: green = the team reaches the need with two or more people; amber = it rests on
 * one person, or only a provider covers it; red = not covered. {@code description} is the framework's. {@code holdersPack}, {@code holdersShort} and
 * {@code holdersNamed} are the School staff at or above the need, by role label ("Staff 1 (ICT Technician)"),
 * by number alone ("Staff 1", as the heat map's columns) and by name.
 */
public record CoverageRow(
        String skill,
        String description,
        String focus,
        String need,
        String coverage,
        String status,
        Status rating,
        int holdersAtNeed,
        boolean singlePoint,
        List<String> holdersPack,
        List<String> holdersShort,
        List<String> holdersNamed) {
    public CoverageRow {
        holdersPack = List.copyOf(holdersPack);
        holdersShort = List.copyOf(holdersShort);
        holdersNamed = List.copyOf(holdersNamed);
    }

    /** The holders by name, or by role label when names are hidden. */
    public List<String> holders(boolean names) {
        return names ? holdersNamed : holdersPack;
    }

    /** The holders by name, or as "Staff n" when names are hidden (for a table column). */
    public List<String> holdersBrief(boolean names) {
        return names ? holdersNamed : holdersShort;
    }
}
