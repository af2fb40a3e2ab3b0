package uk.ictreview.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One person of the skills matrix (SPEC 4.3). {@code employer} is {@code "School"} for the school's own staff,
 * else a supplier's name. {@code levels} has every skill, {@link Level#NONE} where the cell was blank.
 */
public record StaffMember(
        String name, String role, BigDecimal fte, String employer, Map<Skill, Level> levels, RowRef source) {
    public static final String SCHOOL = "School";

    public StaffMember {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        fte = fte == null ? BigDecimal.ONE : fte;
        employer = employer == null || employer.isBlank() ? SCHOOL : employer.trim();
        EnumMap<Skill, Level> all = new EnumMap<>(Skill.class);
        for (Skill s : Skill.values()) {
            all.put(s, levels.getOrDefault(s, Level.NONE));
        }
        levels = Collections.unmodifiableMap(all);
    }

    public boolean isSchoolStaff() {
        return employer.equalsIgnoreCase(SCHOOL);
    }

    public Level level(Skill skill) {
        return levels.get(skill);
    }
}
