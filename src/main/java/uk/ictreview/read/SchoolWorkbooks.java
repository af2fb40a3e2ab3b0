package uk.ictreview.read;

import java.util.Objects;
import java.util.Set;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.model.RowCounts;
import uk.ictreview.model.SkillsMatrix;

/**
 * The three workbooks of a school folder, read and typed. {@code policySheetsFound} names the optional sheets
 * present (e.g. "Service levels", "Lifecycle"), so the method notes can say where the defaults applied.
 */
public record SchoolWorkbooks(
        IncidentLog incidents,
        AssetRegister assets,
        SkillsMatrix skills,
        RowCounts counts,
        Set<String> policySheetsFound) {
    public SchoolWorkbooks {
        Objects.requireNonNull(incidents, "incidents");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(skills, "skills");
        Objects.requireNonNull(counts, "counts");
        policySheetsFound = Set.copyOf(policySheetsFound);
    }
}
