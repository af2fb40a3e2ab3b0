package uk.ictreview.report.skills;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.ictreview.analyse.competence.CompetenceAnalysis;
import uk.ictreview.analyse.competence.CompetenceResult;
import uk.ictreview.analyse.competence.CpdPriority;
import uk.ictreview.analyse.competence.PersonGaps;
import uk.ictreview.analyse.competence.SkillCoverage;
import uk.ictreview.analyse.competence.SkillGap;
import uk.ictreview.model.Level;
import uk.ictreview.model.Skill;
import uk.ictreview.model.StaffMember;
import uk.ictreview.model.StaffNames;
import uk.ictreview.report.AreaInput;
import uk.ictreview.report.Format;
import uk.ictreview.report.ReportSection;
import uk.ictreview.report.Status;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.csv.CsvTable;
import uk.ictreview.report.json.JsonWriter;

/**
 * The competences section, ready for the templates. {@code showNames} is true when pack.md says
 * {@code staff-names: shown}: the governors' pack then names staff; otherwise it shows them by role
 * ({@link #staffLabelsFor(boolean)} with {@code pdf = true}). The HTML report, for the school's leadership,
 * always names them. {@code heatMapPack} is labelled for the pack, {@code heatMapNamed} with names.
 */
public record SkillsSection(
        String headline,
        String meaning,
        boolean showNames,
        String supportFte,
        boolean capacityAdvice,
        String capacityText,
        String capacityAdviceText,
        List<StaffRow> staff,
        List<CoverageRow> coverage,
        List<CoverageRow> singlePoints,
        List<PriorityRow> priorities,
        List<GapRow> gaps,
        List<String> rolesWithoutTarget,
        List<String> methodNotes,
        Chart heatMapPack,
        Chart heatMapNamed,
        CompetenceResult result)
        implements ReportSection {
    /** How many CPD priorities the pack lists. */
    public static final int TOP_PRIORITIES = 5;

    public static final String ID = "skills";

    public SkillsSection {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(result, "result");
        staff = List.copyOf(staff);
        coverage = List.copyOf(coverage);
        singlePoints = List.copyOf(singlePoints);
        priorities = List.copyOf(priorities);
        gaps = List.copyOf(gaps);
        rolesWithoutTarget = List.copyOf(rolesWithoutTarget);
        methodNotes = List.copyOf(methodNotes);
    }

    /** The section of the school's data (see {@link uk.ictreview.report.Sections}). */
    public static SkillsSection build(AreaInput in) {
        CompetenceResult r = CompetenceAnalysis.analyse(
                in.data().skills(),
                in.data().incidents().incidents(),
                in.period(),
                in.data().incidents().categories(),
                in.framework(),
                in.supportFte());
        return of(r, in.staffNames());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Competences";
    }

    @Override
    public String change() {
        return NO_HISTORY;
    }

    public static SkillsSection of(CompetenceResult r, StaffNames staffNames) {
        List<StaffRow> staff = staffRows(r.staff());
        List<CoverageRow> coverage =
                r.bySkill().stream().map(c -> coverageRow(c, staff)).toList();
        List<Level> needs = r.bySkill().stream().map(SkillCoverage::need).toList();
        List<String> shortLabels = staff.stream().map(StaffRow::shortLabel).toList();
        List<String> names = staff.stream().map(StaffRow::name).toList();
        boolean shown = staffNames == StaffNames.SHOWN;
        return new SkillsSection(
                SkillsText.headline(r),
                SkillsText.meaning(r, supplierAtNeed(r, staff)),
                shown,
                Format.fte(r.supportFte()),
                r.capacityAdvice(),
                SkillsText.capacity(r),
                SkillsText.capacityAdvice(r),
                staff,
                coverage,
                coverage.stream().filter(CoverageRow::singlePoint).toList(),
                r.priorities().stream().map(SkillsSection::priorityRow).toList(),
                gapRows(r.people(), staff),
                r.rolesWithoutTarget(),
                SkillsText.methodNotes(r),
                HeatMapChart.build("skills-heat-map", shown ? names : shortLabels, staff, needs),
                HeatMapChart.build("skills-heat-map-named", names, staff, needs),
                r);
    }

    /** The uncovered skills in which a supplier's engineer on the matrix reaches the need. */
    private static List<String> supplierAtNeed(CompetenceResult r, List<StaffRow> staff) {
        List<String> out = new ArrayList<>();
        for (SkillCoverage c : r.uncovered()) {
            int y = c.skill().ordinal();
            boolean any = staff.stream()
                    .filter(p -> !p.school())
                    .anyMatch(p ->
                            Level.parse(p.levels().get(y)).orElse(Level.NONE).compareTo(c.need()) >= 0);
            if (any) {
                out.add(c.skill().label());
            }
        }
        return out;
    }

    /**
     * The heat map's key: each column label with the person's role (and company for a supplier's engineer),
     * e.g. "Staff 1: Network Manager", or "Alice: ICT Technician" where names are shown.
     */
    public List<String> heatMapKey(boolean pdf) {
        boolean names = namesIn(pdf);
        return staff.stream()
                .map(p -> (names ? p.name() : p.shortLabel()) + ": " + p.who())
                .toList();
    }

    /** Whether this rendering may name staff: always in the HTML report, in the pack only when shown. */
    public boolean namesIn(boolean pdf) {
        return !pdf || showNames;
    }

    /** The heat map for this rendering. */
    public Chart heatMap(boolean pdf) {
        return namesIn(pdf) ? heatMapNamed : heatMapPack;
    }

    public List<String> staffLabelsFor(boolean pdf) {
        boolean names = namesIn(pdf);
        return staff.stream().map(s -> s.label(names)).toList();
    }

    /**
     * The section's status for the pack's summary: red when a skill the school needs is not covered at all;
     * amber when all are covered but one rests on a single person or only on a provider, or the team is 1.0 FTE
     * or less; else green. "" when the skills matrix lists nobody (nothing to judge).
     */
    @Override
    public Status status() {
        if (staff.isEmpty()) {
            return Status.NOT_JUDGED;
        }
        Status worst = coverage.stream().map(CoverageRow::rating).reduce(Status.NOT_JUDGED, Status::worse);
        if (worst == Status.RED) {
            return Status.RED;
        }
        return capacityAdvice || worst == Status.AMBER ? Status.AMBER : Status.GREEN;
    }

    /** The rule behind {@link #status()}, in one plain sentence for the pack's summary. */
    @Override
    public String statusRule() {
        if (!status().judged()) {
            return "No status: the skills matrix lists nobody.";
        }
        return "Green: every skill the school needs is covered by two or more of its own staff; amber: every skill is"
                + " covered, but some rest on one person or on a provider alone, or the team is 1.0 FTE or less; red: a"
                + " skill is covered neither by the team nor by a named provider.";
    }

    /**
     * Who the Staff rows are, when some are suppliers' engineers ("0 school staff and 1 supplier's engineer"), so
     * the cover does not count a supplier's engineer as the school's staff; empty when every row is school staff.
     */
    public String staffSplit() {
        long school = result.schoolStaffCount();
        long other = result.staff().size() - school;
        if (other == 0) {
            return "";
        }
        return school + " school staff and " + other + (other == 1 ? " supplier's engineer" : " suppliers' engineers");
    }

    /**
     * Whether the school has no support staff of its own: the CPD priorities then cannot be anyone's training, and
     * the pack says they are for whoever it recruits or for the supplier's contract.
     */
    public boolean noSchoolStaff() {
        return result.schoolStaffCount() == 0;
    }

    public List<PriorityRow> topPriorities() {
        return priorities.subList(0, Math.min(TOP_PRIORITIES, priorities.size()));
    }

    public String headline() {
        return headline;
    }

    /** Both heat maps: the page template picks one with {@link #heatMap(boolean)}. */
    public List<Chart> charts() {
        return List.of(heatMapPack, heatMapNamed);
    }

    public void writeJson(JsonWriter w) {
        SkillsJson.write(result, w);
    }

    public List<CsvTable> tables() {
        return SkillsTables.of(this);
    }

    public List<String> methodNotes() {
        return methodNotes;
    }

    private static List<StaffRow> staffRows(List<StaffMember> people) {
        List<StaffRow> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            StaffMember p = people.get(i);
            String who = p.isSchoolStaff() ? p.role() : p.role() + ", " + p.employer();
            List<String> levels = new ArrayList<>();
            for (Skill s : Skill.values()) {
                levels.add(p.level(s) == Level.NONE ? "-" : p.level(s).name());
            }
            rows.add(new StaffRow(
                    "Staff " + (i + 1) + " (" + who + ")",
                    "Staff " + (i + 1),
                    p.name(),
                    p.role(),
                    p.employer(),
                    Format.fte(p.fte()),
                    p.isSchoolStaff(),
                    levels));
        }
        return rows;
    }

    private static CoverageRow coverageRow(SkillCoverage c, List<StaffRow> staff) {
        String status;
        Status cls;
        if (c.coveredByTeam() && c.holdersAtNeed() >= 2) {
            status = "Covered by the team";
            cls = Status.GREEN;
        } else if (c.coveredByTeam()) {
            // Say it in words too: the amber must not rest on colour alone.
            status = c.provider() == null ? "Covered by one person only" : "Covered by one person and " + c.provider();
            cls = Status.AMBER;
        } else if (c.covered()) {
            status = "Covered by " + c.provider();
            cls = Status.AMBER;
        } else {
            status = "Not covered";
            cls = Status.RED;
        }
        return new CoverageRow(
                c.skill().label(),
                c.description(),
                c.skill().focus().label(),
                SkillsText.levelOrNone(c.need()),
                SkillsText.levelOrNone(c.coverage()),
                status,
                cls,
                c.holdersAtNeed(),
                c.singlePointOfKnowledge(),
                c.holders().stream().map(i -> staff.get(i).packLabel()).toList(),
                c.holders().stream().map(i -> "Staff " + (i + 1)).toList(),
                c.holders().stream().map(i -> staff.get(i).name()).toList());
    }

    private static PriorityRow priorityRow(CpdPriority p) {
        return new PriorityRow(
                p.rank(),
                p.skill().label(),
                BigDecimal.valueOf(p.score()).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                SkillsText.reason(p),
                p.nextLevel().name(),
                p.nextActivities());
    }

    private static List<GapRow> gapRows(List<PersonGaps> people, List<StaffRow> staff) {
        List<GapRow> rows = new ArrayList<>();
        for (PersonGaps p : people) {
            StaffRow s = staff.get(p.index());
            for (SkillGap g : p.gaps()) {
                rows.add(new GapRow(
                        s.packLabel(),
                        s.name(),
                        g.skill().label(),
                        SkillsText.levelOrNone(g.current()),
                        g.target().name(),
                        g.nextLevel().name(),
                        g.nextActivities()));
            }
        }
        return rows;
    }
}
