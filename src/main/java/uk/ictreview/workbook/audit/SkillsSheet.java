package uk.ictreview.workbook.audit;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import uk.ictreview.analyse.competence.CompetenceResult;
import uk.ictreview.analyse.competence.SkillCoverage;
import uk.ictreview.model.Skill;
import uk.ictreview.model.StaffMember;
import uk.ictreview.model.StaffNames;

/**
 * The Skills sheet (the School staff's current levels as numbers, 0 = none, 1 = A ... 4 = D, so MAX works) and
 * the Needs sheet, and the coverage figures over them (SPEC 6.2): the team's coverage = MAX of the skill's
 * column, covered when it reaches the need or a provider is named, holders = how many reach the need. Supplier
 * engineers are left out, as the rule leaves them out. People are named by the pack's staff-names rule: "Staff 2
 * (ICT Technician)" when hidden, numbered in the Staff sheet's order as the pack numbers them.
 */
final class SkillsSheet {
    static final String NAME = "Skills";
    static final String NEEDS = "Needs";

    private SkillsSheet() {}

    static void add(Grid g, FiguresSheet f, CompetenceResult r, StaffNames names) {
        Sheet s = g.sheet(NAME, 30);
        String[] head = new String[Skill.values().length + 1];
        head[0] = "Person (levels: 0 none, 1 A, 2 B, 3 C, 4 D)";
        for (Skill k : Skill.values()) {
            head[k.ordinal() + 1] = k.label();
        }
        g.header(s, 0, head);
        List<StaffMember> staff = r.staff();
        int rows = 0;
        for (int i = 0; i < staff.size(); i++) {
            StaffMember p = staff.get(i);
            if (!p.isSchoolStaff()) {
                continue;
            }
            Row row = s.createRow(++rows);
            g.value(row, 0, names == StaffNames.SHOWN ? p.name() : "Staff " + (i + 1) + " (" + p.role() + ")");
            for (Skill k : Skill.values()) {
                g.value(row, k.ordinal() + 1, p.level(k).rank());
            }
        }
        Sheet needs = needs(g, r.bySkill());
        f.heading("Competences: the School staff's levels (Skills sheet) against the needs (Needs sheet)");
        for (SkillCoverage c : r.bySkill()) {
            int k = c.skill().ordinal();
            String col = Grid.column(s, k + 1, rows);
            String need = "FIND(" + Grid.abs(needs, k + 1, 1) + ",\"ABCD\")";
            String key = "skills.bySkill[" + c.skill().label() + "].";
            f.add(
                    key + "coverage",
                    c.skill().label() + ": the team's highest level",
                    "IF(MAX(" + col + ")=0,\"\",CHOOSE(MAX(" + col + "),\"A\",\"B\",\"C\",\"D\"))",
                    c.coverage().letterOrNull());
            f.add(
                    key + "covered",
                    "Covered: the team reaches the need, or a provider covers it",
                    "OR(MAX(" + col + ")>=" + need + "," + Grid.abs(needs, k + 1, 2) + "<>\"\")",
                    c.covered());
            f.add(
                    key + "holdersAtNeed",
                    "School staff at or above the need",
                    "COUNTIF(" + col + ",\">=\"&" + need + ")",
                    c.holdersAtNeed());
        }
    }

    private static Sheet needs(Grid g, List<SkillCoverage> bySkill) {
        Sheet s = g.sheet(NEEDS, 44, 8, 30);
        g.header(s, 0, "Skill", "Need (A-D)", "Covered by");
        for (SkillCoverage c : bySkill) {
            Row row = s.createRow(c.skill().ordinal() + 1);
            g.value(row, 0, c.skill().label());
            g.value(row, 1, c.need().name());
            g.value(row, 2, c.provider());
        }
        return s;
    }
}
