package uk.ictreview.report.trust;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import uk.ictreview.analyse.competence.CompetenceResult;
import uk.ictreview.analyse.refresh.PlanYear;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.analyse.sla.Backlog;
import uk.ictreview.analyse.sla.SlaFigures;
import uk.ictreview.analyse.standards.Area;
import uk.ictreview.analyse.standards.Judgement;
import uk.ictreview.report.ReportModel;
import uk.ictreview.report.Status;
import uk.ictreview.report.refresh.RefreshSection;
import uk.ictreview.report.skills.SkillsSection;
import uk.ictreview.report.sla.SlaSection;
import uk.ictreview.report.standards.StandardsSection;

/**
 * One school's line in the trust comparison: where its folder is, whether its pack was built, and when it was,
 * the headline figures of its own report (the same numbers as its figures.json). A school that could not be
 * built has only its folder, its name where known, and the reason.
 */
public record SchoolRow(String folder, String school, int exitCode, String problem, String link, Figures figures) {

    /** The figures compared across schools, taken from the school's report model. */
    public record Figures(
            LocalDate from,
            LocalDate to,
            String periodLabel,
            int calls,
            int judged,
            int met,
            BigDecimal metPct,
            BigDecimal metPctLow,
            BigDecimal metPctHigh,
            Status slaStatus,
            int openAtEnd,
            int openOver90Days,
            BigDecimal goalPct,
            Month financialYearStart,
            Map<String, BigDecimal> yearCosts,
            BigDecimal planCost,
            BigDecimal budget,
            BigDecimal budgetedCost,
            boolean budgetForEveryYear,
            int overdueUnits,
            BigDecimal overdueCost,
            Status refreshStatus,
            int skillsNeeded,
            int skillsUncovered,
            int singlePoints,
            BigDecimal supportFte,
            Status skillsStatus,
            long dataErrors,
            long dataWarnings,
            long rowsSkipped,
            Status standardsStatus,
            Map<String, Judgement> coreStandards) {
        public Figures {
            standardsStatus = standardsStatus == null ? Status.NOT_JUDGED : standardsStatus;
            coreStandards = coreStandards == null ? Map.of() : Map.copyOf(coreStandards);
        }

        /** The status of a core standard area (its key, e.g. "broadband"), or null when not judged. */
        public Judgement core(String area) {
            return coreStandards.get(area);
        }

        /**
         * Budget less the cost of the years it is set for, as the school's own pack compares them: negative is a
         * shortfall; null when no budget is set.
         */
        public BigDecimal budgetLessCost() {
            return budget == null ? null : budget.subtract(budgetedCost);
        }

        /** The plan's length in financial years. */
        public int horizonYears() {
            return yearCosts.size();
        }
    }

    public SchoolRow {
        Objects.requireNonNull(folder, "folder");
    }

    /** A school whose pack was written; {@code link} is its index.html relative to the comparison's folder. */
    public static SchoolRow built(String folder, int exitCode, String link, ReportModel m) {
        return new SchoolRow(folder, m.school(), exitCode, null, link, figures(m));
    }

    /** A school that could not be built, with the first line of the reason. */
    public static SchoolRow failed(String folder, String school, int exitCode, String problem) {
        return new SchoolRow(folder, school, exitCode, problem, null, null);
    }

    /** The school's governors' pack beside its {@code index.html}, or null. */
    public String pdfLink() {
        return link == null ? null : link.substring(0, link.lastIndexOf('/') + 1) + "governors-pack.pdf";
    }

    public boolean isBuilt() {
        return figures != null;
    }

    /** The school's name, or its folder's when it could not be read. */
    public String label() {
        return school != null ? school : folder;
    }

    /** "Built", "Built, with data errors or warnings" (rows left out, or warned about) or "Not built". */
    public String state() {
        if (!isBuilt()) {
            return "Not built";
        }
        return exitCode == 0 ? "Built" : "Built, with data errors or warnings";
    }

    private static Figures figures(ReportModel m) {
        SlaFigures o =
                ((SlaSection) m.section(SlaSection.ID)).result().current().overall();
        Backlog b = ((SlaSection) m.section(SlaSection.ID)).result().current().backlog();
        RefreshResult r = ((RefreshSection) m.section(RefreshSection.ID)).result();
        Map<String, BigDecimal> years = new LinkedHashMap<>();
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal budgetedCost = BigDecimal.ZERO;
        boolean everyYear = true;
        boolean anyYear = false;
        for (PlanYear y : r.years()) {
            years.put(y.year().label(), y.cost());
            cost = cost.add(y.cost());
            if (y.budget() == null) {
                everyYear = false;
            } else {
                anyYear = true;
                budget = budget.add(y.budget());
                budgetedCost = budgetedCost.add(y.cost());
            }
        }
        CompetenceResult c = ((SkillsSection) m.section(SkillsSection.ID)).result();
        return new Figures(
                m.period().from(),
                m.period().to(),
                m.periodLabel(),
                o.calls(),
                o.resolutionMet() + o.resolutionBreached(),
                o.resolutionMet(),
                o.resolutionMetPct(),
                o.resolutionMetPctLow(),
                o.resolutionMetPctHigh(),
                status(m, SlaSection.ID),
                b.open(),
                b.daysOver90(),
                ((SlaSection) m.section(SlaSection.ID)).goalPct(),
                r.years().get(0).year().startMonth(),
                years,
                cost,
                anyYear ? budget : null,
                budgetedCost,
                everyYear,
                r.overdueUnits(),
                r.overdueCost(),
                status(m, RefreshSection.ID),
                c.bySkill().size(),
                c.uncovered().size(),
                c.singlePointsOfKnowledge().size(),
                c.supportFte(),
                status(m, SkillsSection.ID),
                m.dataQuality().errors(),
                m.dataQuality().warnings(),
                m.dataQuality().dataRowsSkipped(),
                m.section(StandardsSection.ID) == null ? Status.NOT_JUDGED : status(m, StandardsSection.ID),
                coreStandards(m));
    }

    /** Each core standard area's status, by its key; empty when the pack leaves the standards out. */
    private static Map<String, Judgement> coreStandards(ReportModel m) {
        Map<String, Judgement> out = new LinkedHashMap<>();
        if (m.section(StandardsSection.ID) instanceof StandardsSection s) {
            for (Area a : Area.values()) {
                if (a.core()) {
                    out.put(a.key(), s.result().status(a));
                }
            }
        }
        return out;
    }

    private static Status status(ReportModel m, String id) {
        return m.section(id).status();
    }
}
