package uk.ictreview.model;

import java.util.Objects;

/**
 * A school folder, read and typed: the settings of pack.md and the three workbooks. Rows with errors are not
 * here (they are counted in {@code counts} and reported as diagnostics).
 */
public record SchoolData(
        PackSettings settings, IncidentLog incidents, AssetRegister assets, SkillsMatrix skills, RowCounts counts) {
    public SchoolData {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(incidents, "incidents");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(skills, "skills");
        Objects.requireNonNull(counts, "counts");
    }
}
