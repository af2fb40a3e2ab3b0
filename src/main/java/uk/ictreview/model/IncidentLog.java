package uk.ictreview.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything incidents.xlsx says: the calls and its policy sheets. A policy list is empty when its sheet is
 * absent (the analysis then applies the SPEC's defaults, and the method notes say so). {@code hasReopenedColumn}
 * tells whether a reopen rate can be reported at all.
 */
public record IncidentLog(
        List<Incident> incidents,
        List<ServiceLevel> serviceLevels,
        List<SupportDay> supportHours,
        List<Closure> closures,
        List<CategorySkill> categories,
        boolean hasReopenedColumn) {
    public IncidentLog {
        incidents = List.copyOf(Objects.requireNonNull(incidents, "incidents"));
        serviceLevels = List.copyOf(serviceLevels);
        supportHours = List.copyOf(supportHours);
        closures = List.copyOf(closures);
        categories = List.copyOf(categories);
    }

    public static IncidentLog empty() {
        return new IncidentLog(List.of(), List.of(), List.of(), List.of(), List.of(), false);
    }
}
