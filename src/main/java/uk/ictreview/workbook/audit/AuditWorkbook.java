package uk.ictreview.workbook.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.ictreview.analyse.refresh.FinancialYear;
import uk.ictreview.model.StaffNames;

/**
 * Writes audit.xlsx (SPEC 2): About, Figures, then the sheets the figures are computed from (Calls, Targets,
 * Plan, Skills, Needs) and Settings (the period, z for the 95% range, the plan's first year). The workbook is
 * streamed, so a period of many calls costs little memory, and marked for recalculation when opened: formulas
 * are written without cached values ({@link Repack}), so a spreadsheet computes them; the tests evaluate them
 * with POI. Dated at the period end, so the same data give the same bytes.
 */
public final class AuditWorkbook {
    public static final String FILE = "audit.xlsx";

    private AuditWorkbook() {}

    public static void write(AuditInput in, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            wb.getXSSFWorkbook().addToolPack(AuditFunctions.TOOL_PACK);
            Grid g = new Grid(wb);
            about(g, in);
            FiguresSheet f = new FiguresSheet(g);
            if (in.sla() != null) {
                SlaRows.add(f, CallsSheet.write(g, in.sla(), in.staffNames()), in.sla());
            }
            if (in.refresh() != null) {
                PlanSheet.add(g, f, in.refresh());
            }
            if (in.skills() != null) {
                SkillsSheet.add(g, f, in.skills(), in.staffNames());
            }
            f.finish();
            settings(g, in);
            wb.setForceFormulaRecalculation(true);
            LocalDateTime stamp = in.period().to().plusDays(1).atStartOfDay();
            wb.getXSSFWorkbook()
                    .getProperties()
                    .getCoreProperties()
                    .setCreated(Optional.of(Date.from(stamp.toInstant(ZoneOffset.UTC))));
            Path streamed = Files.createTempFile("ictreview-audit-", ".xlsx");
            try {
                try (OutputStream o = Files.newOutputStream(streamed)) {
                    wb.write(o);
                }
                Repack.copy(streamed, out, stamp);
            } finally {
                Files.deleteIfExists(streamed);
            }
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /**
     * Writes the About and Settings sheets of a made-up school to nowhere: run on the spare core while a school is
     * read, it loads the workbook-writing code (POI's streaming writer and the Office Open XML parts), so the
     * school's own audit.xlsx is written sooner (see docs/performance.md). Its bytes do not depend on it.
     */
    public static void warmUp() throws IOException {
        java.time.LocalDate day = java.time.LocalDate.of(2000, 1, 1);
        write(
                new AuditInput(
                        "Warm-up",
                        new uk.ictreview.model.Period(day, day.plusDays(89)),
                        StaffNames.HIDDEN,
                        null,
                        null,
                        null),
                OutputStream.nullOutputStream());
    }

    private static void settings(Grid g, AuditInput in) {
        Sheet s = g.sheet("Settings", 44, 16);
        g.header(s, 0, "Setting", "Value");
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {
            "PeriodFrom", "First day of the period", in.period().from()
        });
        rows.add(new Object[] {"PeriodTo", "Last day of the period", in.period().to()});
        rows.add(new Object[] {
            "PeriodEnd",
            "End of the period: 00:00 after its last day",
            in.period().to().plusDays(1).atStartOfDay()
        });
        rows.add(new Object[] {"ZFor95", "z of the 95% range: NORM.S.INV(0.975)", null});
        if (in.refresh() != null) {
            FinancialYear first = in.refresh().years().get(0).year();
            rows.add(new Object[] {"FirstPlanYear", "The first plan year starts in", first.startYear()});
            rows.add(new Object[] {
                "FyStartMonth",
                "Financial years start in month",
                first.startMonth().getValue()
            });
            rows.add(new Object[] {"HorizonYears", "Plan years", in.refresh().horizonYears()});
        }
        for (int i = 0; i < rows.size(); i++) {
            Object[] v = rows.get(i);
            Row r = s.createRow(i + 1);
            g.value(r, 0, v[1]);
            if (v[2] == null) {
                g.formula(r, 1, "_xlfn.NORM.S.INV(0.975)");
            } else {
                g.value(r, 1, v[2]);
            }
            g.name((String) v[0], s, i + 1, 1);
        }
    }

    private static void about(Grid g, AuditInput in) {
        Sheet s = g.sheet("About", 110);
        List<String> lines = new ArrayList<>(List.of(
                "Audit workbook: " + in.school() + ", " + in.period().from() + " to "
                        + in.period().to(),
                "",
                "Every figure on the Figures sheet is an Excel formula over the sheets after it, beside the value"
                        + " ictreview computed and a cell that says whether they agree (TRUE).",
                "Change a target (Targets), a date or a call's priority (Calls), a due date or a cost (Plan), or a"
                        + " level (Skills), and the formulas move.",
                "Support minutes (Calls, columns M and N) are ictreview's: support time counts only the support hours"
                        + " of days that are not closures or bank holidays, which a formula cannot redo.",
                "Pending calls are left out of the percentages; the median and 90th percentile run over the calls"
                        + " resolved by the period end.",
                staffLine(in.staffNames())));
        for (String missing : missing(in)) {
            lines.add(missing);
        }
        for (int i = 0; i < lines.size(); i++) {
            Row r = s.createRow(i);
            if (i == 0) {
                g.boldText(r, 0, lines.get(i));
            } else {
                g.value(r, 0, lines.get(i));
            }
        }
    }

    private static String staffLine(StaffNames names) {
        return names == StaffNames.SHOWN
                ? "Staff are named (staff-names: shown); Calls lists Reported by and Assigned to."
                : "Staff are shown by role, not name (staff-names: hidden): Reported by and Assigned to are left out.";
    }

    private static List<String> missing(AuditInput in) {
        List<String> out = new ArrayList<>();
        if (in.sla() == null) {
            out.add("No service-level figures: the incident log could not be used.");
        }
        if (in.refresh() == null) {
            out.add("No refresh figures: the asset register could not be used.");
        }
        if (in.skills() == null) {
            out.add("No coverage figures: the skills matrix could not be used.");
        }
        return out;
    }
}
