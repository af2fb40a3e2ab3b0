package uk.ictreview.report.skills;

import java.util.List;

/** One person's gap in one skill, for the HTML report's detail table and the CSV (which uses {@code personPack}). */
public record GapRow(
        String personPack,
        String personName,
        String skill,
        String current,
        String target,
        String nextLevel,
        List<String> activities) {
    public GapRow {
        activities = List.copyOf(activities);
    }

    public String person(boolean names) {
        return names ? personName : personPack;
    }
}
