package uk.ictreview.report;

import java.util.Objects;
import java.util.Set;

/**
 * One area on the pack's one-page summary: its headline, its status (green, amber or red; empty when there was
 * nothing to judge) with the rule that set it in words, and the change since the previous period.
 */
public record SummaryItem(String id, String area, String headline, String status, String statusRule, String change) {
    private static final Set<String> STATUSES = Set.of("green", "amber", "red", "");

    public SummaryItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(headline, "headline");
        status = status == null ? "" : status;
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be green, amber, red or empty: " + status);
        }
        statusRule = statusRule == null ? "" : statusRule;
        change = change == null ? "" : change;
    }

    /** The status as a word a greyscale print still shows: "Green", "Amber", "Red". */
    public String statusLabel() {
        return status.isEmpty() ? "Not judged" : Character.toUpperCase(status.charAt(0)) + status.substring(1);
    }
}
