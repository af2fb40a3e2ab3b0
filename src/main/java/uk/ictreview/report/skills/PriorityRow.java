package uk.ictreview.report.skills;

import java.util.List;

/**
 * One CPD priority: rank, skill, the score to two decimals, the plain reasons, and the first step (the next
 * level and the framework's activities at it).
 */
public record PriorityRow(
        int rank, String skill, String score, String reason, String nextLevel, List<String> activities) {
    public PriorityRow {
        activities = List.copyOf(activities);
    }
}
