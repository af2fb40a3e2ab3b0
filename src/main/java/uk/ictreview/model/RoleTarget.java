package uk.ictreview.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** One row of the Targets sheet: a role and its target level in each skill (NONE where blank). */
public record RoleTarget(String role, Map<Skill, Level> targets) {
    public RoleTarget {
        Objects.requireNonNull(role, "role");
        EnumMap<Skill, Level> all = new EnumMap<>(Skill.class);
        for (Skill s : Skill.values()) {
            all.put(s, targets.getOrDefault(s, Level.NONE));
        }
        targets = Collections.unmodifiableMap(all);
    }
}
