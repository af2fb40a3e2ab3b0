package uk.ictreview.report.standards;

import java.util.ArrayList;
import java.util.List;
import uk.ictreview.analyse.standards.Area;
import uk.ictreview.analyse.standards.Judgement;
import uk.ictreview.analyse.standards.StandardsResult;
import uk.ictreview.report.Format;

/** The section's sentences that are not one line's own: the headline and the method notes. */
final class StandardsText {
    private StandardsText() {}

    /**
     * "Of the six core standards, 1 is met, 2 are partly met and 3 are not met; 22 devices are past their Support
     * ends, and 235 more reach it within 12 months."
     */
    static String headline(StandardsResult r) {
        List<String> parts = new ArrayList<>();
        for (Judgement j : Judgement.values()) {
            long n = java.util.Arrays.stream(Area.values())
                    .filter(Area::core)
                    .filter(a -> r.status(a) == j)
                    .count();
            if (n > 0) {
                parts.add(n + " " + (n == 1 ? "is " : "are ") + j.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        String devices = r.pastSupport() == 0
                ? "no device is past its Support ends"
                : r.pastSupport() == 1
                        ? "1 device is past its Support ends"
                        : Format.count(r.pastSupport(), "device is", "devices are") + " past their Support ends";
        String near = r.nearSupport() == 0
                ? ""
                : ", and " + Format.whole(r.nearSupport()) + " more reach it within 12 months";
        return "Of the six core standards, " + Format.and(parts) + "; " + devices + near + ".";
    }

    static List<String> methodNotes(StandardsResult r) {
        return List.of(
                "Digital standards: each line of the DfE's digital and technology standards that the workbooks and"
                        + " pack.md can show is judged met, partly met, not met or not known, by the rule printed"
                        + " under it (docs/rules-standards.md). A fact pack.md does not give is not known, never met."
                        + " An area is met when all its lines are, not met when any is.",
                "Digital standards: a device is past its Support ends when that day is before the period end, and"
                        + " near it when the day falls in the 12 months after; Retired and Disposed devices are left"
                        + " out. The tool cannot see switch speeds, Wi-Fi coverage, multi-factor authentication, the"
                        + " cyber risk assessment, cloud services or accessibility: those standards are for the"
                        + " school to judge.");
    }
}
