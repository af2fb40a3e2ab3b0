package uk.ictreview.report.skills;

import java.util.ArrayList;
import java.util.List;
import uk.ictreview.model.Skill;
import uk.ictreview.report.csv.CsvTable;

/**
 * The section's CSV tables. People appear by their role label ("Staff 1 (ICT Technician)"), never by name:
 * the CSV files sit beside the pack and may travel with it.
 */
final class SkillsTables {
    private SkillsTables() {}

    static List<CsvTable> of(SkillsSection s) {
        return List.of(coverage(s), matrix(s), priorities(s), gaps(s));
    }

    private static CsvTable coverage(SkillsSection s) {
        List<List<String>> rows = new ArrayList<>();
        for (CoverageRow c : s.coverage()) {
            rows.add(List.of(
                    c.skill(),
                    c.focus(),
                    c.need(),
                    c.coverage(),
                    c.status(),
                    String.valueOf(c.holdersAtNeed()),
                    c.singlePoint() ? "yes" : "no"));
        }
        return new CsvTable(
                "skills-coverage",
                List.of(
                        "Skill",
                        "Focus area",
                        "Need",
                        "Team's best",
                        "Covered",
                        "Staff at need",
                        "Single point of knowledge"),
                rows);
    }

    private static CsvTable matrix(SkillsSection s) {
        List<String> headers = new ArrayList<>(List.of("Staff", "FTE", "Employer"));
        for (Skill k : Skill.values()) {
            headers.add(k.label());
        }
        List<List<String>> rows = new ArrayList<>();
        for (StaffRow p : s.staff()) {
            List<String> row = new ArrayList<>(List.of(p.packLabel(), p.fte(), p.school() ? "School" : p.employer()));
            row.addAll(p.levels());
            rows.add(row);
        }
        return new CsvTable("skills-matrix", headers, rows);
    }

    private static CsvTable priorities(SkillsSection s) {
        List<List<String>> rows = new ArrayList<>();
        for (PriorityRow p : s.priorities()) {
            rows.add(List.of(
                    String.valueOf(p.rank()),
                    p.skill(),
                    p.score(),
                    p.reason(),
                    p.nextLevel(),
                    String.join(" | ", p.activities())));
        }
        return new CsvTable(
                "skills-cpd-priorities",
                List.of("Rank", "Skill", "Score", "Why", "Next level", "Activities at the next level"),
                rows);
    }

    private static CsvTable gaps(SkillsSection s) {
        List<List<String>> rows = new ArrayList<>();
        for (GapRow g : s.gaps()) {
            rows.add(List.of(
                    g.personPack(),
                    g.skill(),
                    g.current(),
                    g.target(),
                    g.nextLevel(),
                    String.join(" | ", g.activities())));
        }
        return new CsvTable(
                "skills-gaps",
                List.of("Staff", "Skill", "Current", "Target", "Next level", "Activities at the next level"),
                rows);
    }
}
