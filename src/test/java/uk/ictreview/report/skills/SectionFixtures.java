package uk.ictreview.report.skills;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.ictreview.analyse.competence.CompetenceAnalysis;
import uk.ictreview.analyse.competence.CompetenceResult;
import uk.ictreview.model.CallType;
import uk.ictreview.model.CompetenceFramework;
import uk.ictreview.model.Incident;
import uk.ictreview.model.Level;
import uk.ictreview.model.Period;
import uk.ictreview.model.Priority;
import uk.ictreview.model.RowRef;
import uk.ictreview.model.Skill;
import uk.ictreview.model.SkillNeed;
import uk.ictreview.model.SkillsMatrix;
import uk.ictreview.model.StaffMember;
import uk.ictreview.read.FrameworkReader;

/** The hand-worked team and log of CompetenceAnalysisTest, for the report tests. */
final class SectionFixtures {
    static final CompetenceFramework FW = FrameworkReader.bundled();
    static final Period TERM = new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18));

    private SectionFixtures() {}

    static StaffMember person(String name, String role, String fte, String employer, String levels) {
        Map<Skill, Level> map = new EnumMap<>(Skill.class);
        for (Skill s : Skill.values()) {
            map.put(s, Level.parse(String.valueOf(levels.charAt(s.ordinal()))).orElseThrow());
        }
        return new StaffMember(name, role, new BigDecimal(fte), employer, map, new RowRef("skills.xlsx", "Staff", 2));
    }

    static Incident call(String logged, String category, String escalatedTo) {
        return new Incident(
                category + "@" + logged,
                LocalDateTime.parse(logged),
                Priority.P3,
                category,
                CallType.INCIDENT,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                escalatedTo,
                null,
                new RowRef("incidents.xlsx", "Incidents", 2));
    }

    static SkillsMatrix team() {
        return new SkillsMatrix(
                List.of(
                        person("Alice", "ICT Technician", "1.0", "School", "CBABABA--BBA"),
                        person("Bob", "Senior ICT Technician", "0.5", "", "DCBCBCBAACCB"),
                        person("Carol", "Network Engineer", "0.2", "Acme IT", "-D--D-------")),
                List.of(),
                List.of(new SkillNeed(Skill.SERVER_NETWORK_SUPPORT, Level.D, "Acme IT")));
    }

    static List<Incident> log() {
        return List.of(
                call("2026-09-02T09:00", "Printing / copiers", null),
                call("2026-09-03T09:00", "Printing / copiers", null),
                call("2026-09-04T09:00", "printing / copiers", null),
                call("2026-10-01T09:00", "Printer", null),
                call("2026-10-02T09:00", "Network", "Acme IT"),
                call("2026-10-03T09:00", "Network", "Acme IT"),
                call("2026-10-05T09:00", "Wi-Fi", null),
                call("2026-11-02T09:00", "Backup", "Acme IT"),
                call("2026-11-03T09:00", "Backup", null),
                call("2026-12-18T16:00", "Lost property", null));
    }

    static CompetenceResult result() {
        return CompetenceAnalysis.analyse(team(), log(), TERM, List.of(), FW);
    }
}
