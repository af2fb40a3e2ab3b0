package uk.ictreview.analyse.standards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import uk.ictreview.analyse.sla.Outcome;
import uk.ictreview.analyse.sla.SlaFigures;
import uk.ictreview.analyse.sla.Verdict;
import uk.ictreview.analyse.sla.WeeklyVolume;
import uk.ictreview.model.Asset;

/**
 * The lines judged from the school's records: the IT support standard's service expectations, recording and
 * tracking, and yearly review (from the SLA analysis and this pack), and digital leadership's up-to-date asset
 * register.
 */
final class RecordChecks {
    /** Share of calls with a response recorded, and of planned devices with their details, that is met. */
    static final BigDecimal RECORDED_PCT = BigDecimal.valueOf(95);
    /** Below this share of complete register rows the register is not kept up to date. */
    static final BigDecimal REGISTER_PARTLY_PCT = BigDecimal.valueOf(75);
    /** Points below the goal that still count as partly met (as the service-levels status's amber band). */
    static final BigDecimal GOAL_BAND = BigDecimal.valueOf(15);

    private final StandardsInput in;

    RecordChecks(StandardsInput in) {
        this.in = in;
    }

    StandardLine expectations() {
        String id = "it-support-expectations";
        String check = "Agreed service expectations, and support meeting them";
        String goal = in.goalPct().stripTrailingZeros().toPlainString() + "%";
        String rule = "Met: the school's own Service levels sheet, and at least " + goal + " (the goal) of judged"
                + " calls resolved within target. Partly met: the tool's default targets only, or up to "
                + GOAL_BAND + " points below the goal. Not met: more than " + GOAL_BAND + " points below it. Not"
                + " known: no call judged.";
        String next = "Agree response and resolution targets with IT support, write them in the Service levels"
                + " sheet of incidents.xlsx, and review the calls that missed them.";
        SlaFigures all = in.sla().current().overall();
        int judged = all.resolutionMet() + all.resolutionBreached();
        if (judged == 0 || all.resolutionMetPct() == null) {
            return StandardLine.of(
                    id,
                    Area.IT_SUPPORT,
                    check,
                    Judgement.NOT_KNOWN,
                    "No call in the period could be judged" + " against a resolution target.",
                    rule,
                    next);
        }
        boolean own = !in.sla().defaultServiceLevels();
        BigDecimal pct = all.resolutionMetPct();
        String targets = own
                ? "The school's own Service levels sheet sets the targets"
                : "There is no Service levels sheet, so the tool's default targets were used";
        String evidence = targets + "; " + Words.pct(pct) + " of " + Words.count(judged, "judged call")
                + " were resolved within target (goal " + goal + ").";
        Judgement j = pct.compareTo(in.goalPct().subtract(GOAL_BAND)) < 0
                ? Judgement.NOT_MET
                : own && pct.compareTo(in.goalPct()) >= 0 ? Judgement.MET : Judgement.PARTLY_MET;
        return StandardLine.of(id, Area.IT_SUPPORT, check, j, evidence, rule, next);
    }

    StandardLine recorded() {
        String id = "it-support-recorded";
        String check = "Every support request recorded and tracked";
        String rule = "Met: calls logged in every open week of the period, and a response recorded for at least "
                + RECORDED_PCT + "% of calls (calls still within their response target left out). Partly met: an"
                + " open week with no call, or fewer with a response. Not met: no call, or no call in more than half"
                + " the open weeks. Not known: no open week (no support hours) in the period.";
        String next = "Log every request in the service desk log as it comes in, whoever takes it, and record when"
                + " it was first answered.";
        List<WeeklyVolume.Week> open = in.sla().current().weekly().weeks().stream()
                .filter(w -> !w.closed())
                .toList();
        if (open.isEmpty()) {
            return StandardLine.of(
                    id,
                    Area.IT_SUPPORT,
                    check,
                    Judgement.NOT_KNOWN,
                    "The period has no open week (no support" + " hours on any day), so recording cannot be judged.",
                    rule,
                    next);
        }
        long empty = open.stream().filter(w -> w.calls() == 0).count();
        List<Verdict> calls = in.sla().current().verdicts();
        List<Verdict> due =
                calls.stream().filter(v -> v.response() != Outcome.PENDING).toList();
        long responded = due.stream().filter(Verdict::responded).count();
        String weeks = empty == 0
                ? "Calls were logged in all " + Words.count(open.size(), "open week")
                : "No call was logged in " + empty + " of the " + Words.count(open.size(), "open week");
        String responses = due.isEmpty()
                ? "no call was due a response"
                : responded + " of " + Words.count(due.size(), "call") + " ("
                        + Words.pct(Words.pct(responded, due.size())) + ") have a response recorded";
        String evidence = weeks + "; " + responses + ".";
        Judgement j;
        if (calls.isEmpty() || empty * 2 > open.size()) {
            j = Judgement.NOT_MET;
        } else if (empty == 0
                && (due.isEmpty() || Words.pct(responded, due.size()).compareTo(RECORDED_PCT) >= 0)) {
            j = Judgement.MET;
        } else {
            j = Judgement.PARTLY_MET;
        }
        return StandardLine.of(id, Area.IT_SUPPORT, check, j, evidence, rule, next);
    }

    StandardLine review() {
        String id = "it-support-review";
        String check = "IT support reviewed at least once a year, and the findings reported";
        String rule = "Met: this pack with a commentary, and an earlier pack whose period ended within 12 months"
                + " before this one began. Partly met: this pack alone (no earlier pack seen, or the last more than 12"
                + " months before), or no commentary. This line is never not met: the pack is a review.";
        String next = "Build this pack every term (at least once a year), write the commentary with the findings,"
                + " and take it to the governors.";
        List<String> gaps = new ArrayList<>();
        String seen;
        if (!in.earlierPacksSearched()) {
            seen = "earlier packs are not visible to this build, so a yearly repeat cannot be shown";
            gaps.add(seen);
        } else if (in.previousPackTo() == null) {
            seen = "no earlier pack was found in the output folder";
            gaps.add(seen);
        } else if (in.previousPackTo().isBefore(in.period().from().minusMonths(12))) {
            seen = "the previous pack found ended " + Words.day(in.previousPackTo())
                    + ", more than 12 months before this period began";
            gaps.add(seen);
        } else {
            seen = "the previous pack found covers to " + Words.day(in.previousPackTo());
        }
        if (!in.commentaryWritten()) {
            gaps.add("pack.md has no commentary reporting the findings");
        }
        String evidence =
                "This pack reviews support from " + Words.day(in.period().from()) + " to "
                        + Words.day(in.period().to()) + "; " + (gaps.isEmpty() ? seen : Words.list(gaps)) + ".";
        Judgement j = gaps.isEmpty() ? Judgement.MET : Judgement.PARTLY_MET;
        return StandardLine.of(id, Area.IT_SUPPORT, check, j, evidence, rule, next);
    }

    StandardLine register(Fleet fleet) {
        String id = "leadership-asset-register";
        String check = "Asset register kept up to date";
        String rule = "Met: at least " + RECORDED_PCT + "% of planned devices (In use, Spare, In repair) with"
                + " Purchased, Cost, Location and Warranty ends filled in. Partly met: at least "
                + REGISTER_PARTLY_PCT + "%. Not met: fewer. Not known: no planned device on the register.";
        String next = "Fill in the blank Purchased, Cost, Location and Warranty ends cells of the asset register,"
                + " and keep it up to date as devices arrive, move and leave.";
        List<Asset> planned = fleet.all();
        if (planned.isEmpty()) {
            return StandardLine.of(
                    id,
                    Area.LEADERSHIP,
                    check,
                    Judgement.NOT_KNOWN,
                    "No planned device is on the asset register.",
                    rule,
                    next);
        }
        Map<String, Predicate<Asset>> blank = new java.util.LinkedHashMap<>();
        blank.put("Purchased", a -> a.purchased() == null);
        blank.put("Cost", a -> a.cost() == null);
        blank.put("Location", a -> a.location() == null);
        blank.put("Warranty ends", a -> a.warrantyEnds() == null);
        long complete = planned.stream()
                .filter(a -> blank.values().stream().noneMatch(p -> p.test(a)))
                .count();
        BigDecimal pct = Words.pct(complete, planned.size());
        List<String> gaps = blank.entrySet().stream()
                .filter(e -> Fleet.count(planned, e.getValue()) > 0)
                .map(e -> e.getKey() + " on " + Fleet.count(planned, e.getValue()))
                .toList();
        String evidence = complete + " of " + Words.count(planned.size(), "planned device") + " (" + Words.pct(pct)
                + ") have Purchased, Cost, Location and Warranty ends filled in"
                + (gaps.isEmpty() ? "" : "; blank: " + Words.list(gaps)) + ".";
        Judgement j = pct.compareTo(RECORDED_PCT) >= 0
                ? Judgement.MET
                : pct.compareTo(REGISTER_PARTLY_PCT) >= 0 ? Judgement.PARTLY_MET : Judgement.NOT_MET;
        return StandardLine.of(id, Area.LEADERSHIP, check, j, evidence, rule, next);
    }
}
