package uk.ictreview.report.refresh;

import static uk.ictreview.report.Format.count;

import java.util.ArrayList;
import java.util.List;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.report.Format;

/** The method notes of the section: which rules and defaults made its figures, and what was left out. */
final class RefreshNotes {
    private static final int LISTED = 20;
    static final String PREFIX = "Refresh budget: ";

    private RefreshNotes() {}

    static List<String> of(RefreshResult r) {
        List<String> n = new ArrayList<>();
        n.add(
                r.defaultPolicy()
                        ? "No Lifecycle sheet: the default lifetimes and replacement costs of SPEC 4.2 apply, with no price change."
                        : "Lifetimes, replacement costs and annual price changes come from the Lifecycle sheet.");
        n.add("An asset is due on its Replace by date, else its purchase date plus its type's lifetime; its cost is its"
                + " own Replacement cost, else the policy's, else its Cost, raised by the type's annual price change for each"
                + " year after " + r.years().get(0).year().label() + " and rounded to the penny per asset.");
        n.add("Plan years run from " + Format.longDate(r.years().get(0).year().start())
                + "; assets due before then are the"
                + " overdue backlog and are planned in the first year. Retired and disposed assets are left out.");
        n.add("Replacements recur: the device bought to replace an asset falls due in turn one lifetime of its type"
                + " after the replacement is planned (its due date, or "
                + Format.longDate(r.years().get(0).year().start())
                + " when overdue), and again while that is within the plan's years, at the same cost raised for the"
                + " year it lands in. Tables and lists mark a repeat with which replacement it is, e.g. \"(2nd)\".");
        n.add("The level annual budget is the plan's total divided by " + r.horizonYears()
                + ", rounded up to the penny."
                + " The smoothed schedule caps each year at its budget, or the level budget where none is set; from a year"
                + " over its cap it defers the least overdue, least incident-prone replacements (calls in the 12 months to "
                + Format.longDate(r.periodEnd())
                + ") into the first later year with room, up to two years after the year they are"
                + " due, then brings later ones forward into earlier years with room. No move fills a year past its cap, so a"
                + " year that cannot be relieved stays over.");
        n.add("Net book value: Cost written down straight-line by days from purchase to nil at the end of the lifetime,"
                + " as at " + Format.longDate(r.periodEnd())
                + (r.notValued() > 0
                        ? "; " + count(r.notValued(), "asset has", "assets have")
                                + " no Cost or purchase date and "
                                + (r.notValued() == 1 ? "is" : "are")
                                + " not valued."
                        : "."));
        if (!r.unknownTypes().isEmpty()) {
            n.add("Types not in the lifecycle policy, planned on a 5-year life at their own cost with no price change: "
                    + String.join(", ", r.unknownTypes()) + ". The tables and charts show them together as '"
                    + UnknownTypes.LABEL + "' (correct the type, or add it to the Lifecycle sheet).");
        }
        listed(n, r.notPlannedNoDate(), "not planned: no purchase date or Replace by");
        listed(n, r.notPlannedNoCost(), "not planned: no replacement cost or Cost");
        if (r.dueAfterHorizon() > 0) {
            n.add(count(r.dueAfterHorizon(), "device falls", "devices fall") + " due after the plan's last year.");
        }
        if (!r.budgetYearsOutsideHorizon().isEmpty()) {
            n.add("Budget lines outside the plan's years, not used: " + String.join(", ", r.budgetYearsOutsideHorizon())
                    + ".");
        }
        return n.stream().map(RefreshNotes::labelled).toList();
    }

    /**
     * "Refresh budget: " before each note, as the other sections name theirs, so that the pack's "Method notes",
     * which prints every section's notes in one run, says which area each belongs to.
     */
    static String labelled(String note) {
        boolean acronym = note.length() > 1 && Character.isUpperCase(note.charAt(1));
        String first = acronym ? note.substring(0, 1) : note.substring(0, 1).toLowerCase(java.util.Locale.UK);
        return PREFIX + first + note.substring(1);
    }

    private static void listed(List<String> notes, List<String> tags, String what) {
        if (tags.isEmpty()) {
            return;
        }
        String shown = String.join(", ", tags.subList(0, Math.min(LISTED, tags.size())));
        String more = tags.size() > LISTED ? " and " + (tags.size() - LISTED) + " more" : "";
        notes.add(count(tags.size(), "asset", "assets") + " " + what + ": " + shown + more + ".");
    }
}
