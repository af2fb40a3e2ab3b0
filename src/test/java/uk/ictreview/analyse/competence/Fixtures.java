package uk.ictreview.analyse.competence;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import uk.ictreview.model.CallType;
import uk.ictreview.model.Incident;
import uk.ictreview.model.Level;
import uk.ictreview.model.Priority;
import uk.ictreview.model.RowRef;
import uk.ictreview.model.Skill;
import uk.ictreview.model.StaffMember;

/** Small builders for the competence tests. */
final class Fixtures {
    private Fixtures() {}

    /**
     * A person whose levels are 12 characters in the framework's skill order (A-D, '-' for none), e.g.
     * {@code "CBABABA--BBA"}.
     */
    static StaffMember person(String name, String role, String fte, String employer, String levels) {
        if (levels.length() != Skill.values().length) {
            throw new IllegalArgumentException("12 levels expected: " + levels);
        }
        Map<Skill, Level> map = new EnumMap<>(Skill.class);
        for (Skill s : Skill.values()) {
            map.put(s, Level.parse(String.valueOf(levels.charAt(s.ordinal()))).orElseThrow());
        }
        return new StaffMember(name, role, new BigDecimal(fte), employer, map, new RowRef("skills.xlsx", "Staff", 2));
    }

    static Incident call(String logged, String category, CallType type, String escalatedTo) {
        return new Incident(
                category + "@" + logged,
                LocalDateTime.parse(logged),
                Priority.P3,
                category,
                type,
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

    static Incident call(String logged, String category, String escalatedTo) {
        return call(logged, category, CallType.INCIDENT, escalatedTo);
    }
}
