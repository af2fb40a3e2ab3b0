package uk.ictreview.report.history;

import java.math.BigDecimal;
import java.util.List;
import uk.ictreview.analyse.competence.CompetenceResult;
import uk.ictreview.analyse.competence.SkillCoverage;
import uk.ictreview.analyse.refresh.PlanYear;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.analyse.standards.Judgement;
import uk.ictreview.analyse.standards.StandardsResult;
import uk.ictreview.model.EarlierPack;
import uk.ictreview.model.Period;
import uk.ictreview.report.Format;
import uk.ictreview.report.ReportSection;
import uk.ictreview.report.refresh.RefreshSection;
import uk.ictreview.report.skills.SkillsSection;
import uk.ictreview.report.sla.SlaSection;
import uk.ictreview.report.standards.StandardsSection;

/**
 * This pack's headline figures, by the very rules {@code read/EarlierPacks} applies to an earlier pack's
 * figures.json (money in pence as figures.json writes it), so that this row is what the next build will read back:
 * {@code HistoryRoundTripTest} builds a pack and checks it.
 */
final class Headline {
    private Headline() {}

    static EarlierPack of(String folder, Period period, List<ReportSection> sections) {
        BigDecimal sla = null;
        RefreshResult refresh = null;
        CompetenceResult skills = null;
        StandardsResult standards = null;
        for (ReportSection s : sections) {
            if (s instanceof SlaSection x) {
                sla = x.result().current().overall().resolutionMetPct();
            } else if (s instanceof RefreshSection x) {
                refresh = x.result();
            } else if (s instanceof SkillsSection x) {
                skills = x.result();
            } else if (s instanceof StandardsSection x) {
                standards = x.result();
            }
        }
        List<SkillCoverage> bySkill = skills == null ? null : skills.bySkill();
        return new EarlierPack(
                folder,
                period,
                sla,
                refresh == null ? null : shortfall(refresh),
                refresh == null ? null : refresh.overdueUnits(),
                refresh == null ? null : Format.pence(refresh.overdueCost()),
                bySkill == null
                        ? null
                        : (int) bySkill.stream().filter(SkillCoverage::covered).count(),
                bySkill == null ? null : bySkill.size(),
                bySkill == null
                        ? null
                        : (int) bySkill.stream()
                                .filter(SkillCoverage::singlePointOfKnowledge)
                                .count(),
                standards == null || standards.lines().isEmpty()
                        ? null
                        : (int) standards.lines().stream()
                                .filter(l -> l.status() == Judgement.MET)
                                .count(),
                standards == null || standards.lines().isEmpty()
                        ? null
                        : standards.lines().size());
    }

    /**
     * The refresh section's shortfall (its headline's): the budgeted years' cost less their budgets, in pence, 0
     * when covered; null when no year has a budget.
     */
    private static BigDecimal shortfall(RefreshResult r) {
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal budget = null;
        for (PlanYear y : r.years()) {
            if (y.budget() != null) {
                cost = cost.add(Format.pence(y.cost()));
                budget = budget == null ? Format.pence(y.budget()) : budget.add(Format.pence(y.budget()));
            }
        }
        return budget == null ? null : cost.subtract(budget).max(BigDecimal.ZERO);
    }
}
