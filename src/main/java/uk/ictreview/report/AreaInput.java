package uk.ictreview.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import uk.ictreview.model.CompetenceFramework;
import uk.ictreview.model.PackHistory;
import uk.ictreview.model.Period;
import uk.ictreview.model.SchoolData;
import uk.ictreview.model.StaffNames;

/**
 * What every area is built from: the school's data, the period, how staff are named in the pack, the competence
 * framework and the figures computed once for all areas ({@code supportFte}: the school's own support staff's FTE,
 * used by the refresh and the competences sections alike, so both say the same number). {@code earlier}: what the
 * build found of the packs earlier builds wrote to the school's output folder (the figures over time, and the IT
 * support standard's yearly review, docs/rules-standards.md).
 */
public record AreaInput(
        SchoolData data,
        Period period,
        StaffNames staffNames,
        CompetenceFramework framework,
        BigDecimal supportFte,
        PackHistory earlier) {
    public AreaInput {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(staffNames, "staffNames");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(supportFte, "supportFte");
        Objects.requireNonNull(earlier, "earlier");
    }

    /** Built where earlier packs cannot be seen (tests, a build with no output folder yet known). */
    public AreaInput(
            SchoolData data,
            Period period,
            StaffNames staffNames,
            CompetenceFramework framework,
            BigDecimal supportFte) {
        this(data, period, staffNames, framework, supportFte, PackHistory.NOT_SEARCHED);
    }

    /** True when the build looked in the school's output folder for earlier packs. */
    public boolean earlierPacksSearched() {
        return earlier.searched();
    }

    /** The end of the latest earlier pack's period (before this period ends), or null: the yearly review. */
    public LocalDate previousPackTo() {
        return earlier.latestEnd();
    }
}
