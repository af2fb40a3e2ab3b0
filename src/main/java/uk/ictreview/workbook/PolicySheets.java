package uk.ictreview.workbook;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import uk.ictreview.model.Level;
import uk.ictreview.model.LifecyclePolicy;
import uk.ictreview.model.ServiceLevel;
import uk.ictreview.model.Skill;
import uk.ictreview.model.SupportDay;

/**
 * Fills the optional policy sheets, in the column order of {@link uk.ictreview.read.Workbooks}. The templates
 * fill them with the SPEC's defaults, so a school sees what applies and edits it; the example school with its
 * own policies.
 */
final class PolicySheets {
    /** The FITS role titles and the level each targets in every skill (SPEC 4.3). */
    static final List<Map.Entry<String, Level>> DEFAULT_TARGETS = List.of(
            Map.entry("Teaching Assistant", Level.A),
            Map.entry("ICT Technician", Level.B),
            Map.entry("Senior ICT Technician", Level.C),
            Map.entry("ICT Systems Manager", Level.D),
            Map.entry("Network Manager", Level.D),
            Map.entry("Service desk administrator", Level.A));

    private PolicySheets() {}

    /** Priority, Name, Response target, Resolution target (hours). */
    static void serviceLevels(Sheet sheet, Styles styles, int firstRow, List<ServiceLevel> levels) {
        int r = firstRow;
        for (ServiceLevel l : levels) {
            Cells.row(
                    sheet,
                    styles,
                    r++,
                    l.priority().name(),
                    l.name(),
                    hours(l.responseTargetMinutes()),
                    hours(l.resolutionTargetMinutes()));
        }
    }

    /** Day, Start, End. */
    static void supportHours(Sheet sheet, Styles styles, int firstRow, List<SupportDay> days) {
        int r = firstRow;
        for (SupportDay d : days) {
            Cells.row(sheet, styles, r++, d.day().getDisplayName(TextStyle.FULL, Locale.UK), d.start(), d.end());
        }
    }

    /** Type, Lifetime, Replacement cost, Annual price change (percent). */
    static void lifecycle(Sheet sheet, Styles styles, int firstRow, List<LifecyclePolicy> policies) {
        int r = firstRow;
        for (LifecyclePolicy p : policies) {
            Cells.row(
                    sheet,
                    styles,
                    r++,
                    p.type(),
                    p.lifetimeYears(),
                    p.replacementCost(),
                    p.annualPriceChangePct().doubleValue());
        }
    }

    /** Skill, Need, Covered by: every skill, its need, and a provider where {@code coveredBy} names one. */
    static void needs(Sheet sheet, Styles styles, int firstRow, Map<Skill, Level> need, Map<Skill, String> coveredBy) {
        int r = firstRow;
        for (Skill s : Skill.values()) {
            Cells.row(
                    sheet,
                    styles,
                    r++,
                    s.label(),
                    need.getOrDefault(s, s.defaultNeed()).name(),
                    coveredBy.get(s));
        }
    }

    /** Role, then each skill's target level. */
    static void targets(Sheet sheet, Styles styles, int firstRow, List<Map.Entry<String, Level>> roles) {
        int r = firstRow;
        for (Map.Entry<String, Level> e : roles) {
            List<Object> values = new ArrayList<>();
            values.add(e.getKey());
            for (int i = 0; i < Skill.values().length; i++) {
                values.add(e.getValue().name());
            }
            Cells.row(sheet, styles, r++, values.toArray());
        }
    }

    /** Minutes as hours: a whole number where it is one (4, not 4.0), so the sheet reads as a person wrote it. */
    static Number hours(long minutes) {
        if (minutes % 60 == 0) {
            return minutes / 60;
        }
        return BigDecimal.valueOf(minutes)
                .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
                .doubleValue();
    }
}
