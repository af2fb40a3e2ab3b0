package uk.ictreview.workbook.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.analyse.refresh.RefreshAnalysis;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.analyse.sla.SlaAnalysisTest;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.LifecyclePolicy;
import uk.ictreview.model.StaffNames;

/**
 * The formulas on hand-worked cases: the SLA engine's four-week March example (SlaAnalysisTest) and a plan of two
 * laptops; and a changed target or due date moves the figures, as a business manager would see.
 */
class AuditFormulasTest {
    @TempDir
    Path tmp;

    @Test
    void theSlaFiguresOfTheMarchExample() throws Exception {
        try (XSSFWorkbook wb = write(SlaAnalysisTest.result(), null)) {
            Map<String, AuditSheets.Figure> f = byKey(wb);
            // P1: A1 180 min met, A2 300 min > 240 breached. 50.0%; Wilson for 1 of 2 with z = 1.96:
            // (0.5 + 0.9604 -/+ 1.96 x sqrt(0.125 + 0.2401)) / 2.9208 = 9.5% to 90.5%.
            assertThat(f.get("sla.byPriority[P1].resolutionMet").excel()).isEqualTo(1.0);
            assertThat(f.get("sla.byPriority[P1].resolutionBreached").excel()).isEqualTo(1.0);
            assertThat(f.get("sla.byPriority[P1].resolutionMetPct").excel()).isEqualTo(50.0);
            assertThat(f.get("sla.byPriority[P1].resolutionMetPctLow").excel()).isEqualTo(9.5);
            assertThat(f.get("sla.byPriority[P1].resolutionMetPctHigh").excel()).isEqualTo(90.5);
            // Median of 3.0 and 5.0 hours = 4.0; PERCENTILE.INC 0.9 = 3.0 + 0.9 x 2.0 = 4.8.
            assertThat(f.get("sla.byPriority[P1].medianResolutionHours").excel())
                    .isEqualTo(4.0);
            assertThat(f.get("sla.byPriority[P1].p90ResolutionHours").excel()).isEqualTo(4.8);
            // P3: 8.5 h met, 42.5 h breached, 2.0 h met: 66.7%; PERCENTILE.INC 0.9 of 2, 8.5, 42.5 = 8.5 + 0.8 x 34 =
            // 35.7.
            assertThat(f.get("sla.byPriority[P3].resolutionMetPct").excel()).isEqualTo(66.7);
            assertThat(f.get("sla.byPriority[P3].p90ResolutionHours").excel()).isEqualTo(35.7);
            // P4: one call open and pending: nothing to judge or measure, so "" like figures.json's null.
            assertThat(f.get("sla.byPriority[P4].pending").excel()).isEqualTo(1.0);
            assertThat(f.get("sla.byPriority[P4].resolutionMetPct").excel()).isEqualTo("");
            assertThat(f.get("sla.byPriority[P4].medianResolutionHours").excel())
                    .isEqualTo("");
            // All: 7 calls, met 4 (A1, A3, A4, A7), breached 2 (A2, A5): 66.7%.
            assertThat(f.get("sla.overall.calls").excel()).isEqualTo(7.0);
            assertThat(f.get("sla.overall.resolutionMetPct").excel()).isEqualTo(66.7);
            assertThat(f.values()).allMatch(AuditSheets.Figure::agrees);
        }
    }

    @Test
    void aLongerTargetMovesTheFigures() throws Exception {
        try (XSSFWorkbook wb = write(SlaAnalysisTest.result(), null)) {
            // P1's resolution target from 4 to 5 hours: A2's 300 minutes are now within it.
            wb.getSheet(CallsSheet.TARGETS).getRow(1).getCell(3).setCellValue(5.0);
            Map<String, AuditSheets.Figure> f = byKey(wb);
            assertThat(f.get("sla.byPriority[P1].resolutionMet").excel()).isEqualTo(2.0);
            assertThat(f.get("sla.byPriority[P1].resolutionMet").agrees()).isFalse();
            assertThat(f.get("sla.overall.resolutionMet").excel()).isEqualTo(5.0);
            assertThat(AuditSheets.everyFigureAgrees(wb)).isEqualTo(false);
        }
    }

    @Test
    void thePlanOfTwoLaptops() throws Exception {
        // Plan from 2026-27 (April years), laptops 4 years at 600 rising 3% a year.
        // L1 bought 01/06/2021: due 01/06/2025, in 2025-26, overdue: planned in 2026-27 at 600.00; its successor
        // is due 4 years after 01/04/2026, in 2030-31 (k = 4): 600 x 1.03^4 = 675.305 -> 675.31.
        // L2 bought 15/09/2024: due 15/09/2028, 2028-29 (k = 2): 600 x 1.0609 = 636.54.
        // Total 1,911.85; level budget 1,911.85 / 5 = 382.37.
        try (XSSFWorkbook wb = write(null, plan())) {
            Map<String, AuditSheets.Figure> f = byKey(wb);
            assertThat(f.get("refresh.years[2026-27].cost").excel()).isEqualTo(600.0);
            assertThat(f.get("refresh.years[2028-29].cost").excel()).isEqualTo(636.54);
            assertThat(f.get("refresh.years[2030-31].cost").excel()).isEqualTo(675.31);
            assertThat(f.get("refresh.overdueUnits").excel()).isEqualTo(1.0);
            assertThat(f.get("refresh.totalCost").excel()).isEqualTo(1911.85);
            assertThat(f.get("refresh.levelAnnualBudget").excel()).isEqualTo(382.37);
            assertThat(f.values()).allMatch(AuditSheets.Figure::agrees);
            // L2 due on 10/01/2027 instead: in 2026-27 (January is before April), at 600.
            Row l2 = null;
            for (Row r : wb.getSheet(PlanSheet.NAME)) {
                l2 = r.getCell(0).getStringCellValue().equals("L2") ? r : l2;
            }
            l2.getCell(3).setCellValue(LocalDate.of(2027, 1, 10));
            f = byKey(wb);
            assertThat(f.get("refresh.years[2026-27].units").excel()).isEqualTo(2.0);
            assertThat(f.get("refresh.years[2026-27].cost").excel()).isEqualTo(1200.0);
        }
    }

    private static RefreshResult plan() {
        LifecyclePolicy laptop = new LifecyclePolicy("Laptop", 4, new BigDecimal("600"), new BigDecimal("3"));
        List<Asset> assets = List.of(laptop("L1", "2021-06-01"), laptop("L2", "2024-09-15"));
        return RefreshAnalysis.analyse(
                new AssetRegister(assets, List.of(laptop), List.of()),
                LocalDate.parse("2026-07-22"),
                Month.APRIL,
                5,
                List.of(),
                BigDecimal.ONE);
    }

    private static Asset laptop(String tag, String bought) {
        return new Asset(
                tag,
                "Laptop",
                null,
                null,
                null,
                "Room 1",
                LocalDate.parse(bought),
                null,
                null,
                null,
                null,
                null,
                null /* supportEnds */,
                null,
                null);
    }

    private XSSFWorkbook write(uk.ictreview.analyse.sla.SlaResult sla, RefreshResult refresh) throws Exception {
        var period = sla != null
                ? sla.current().period()
                : new uk.ictreview.model.Period(LocalDate.parse("2026-04-13"), LocalDate.parse("2026-07-22"));
        Path file = tmp.resolve(AuditWorkbook.FILE);
        try (OutputStream out = Files.newOutputStream(file)) {
            AuditWorkbook.write(new AuditInput("Test School", period, StaffNames.HIDDEN, sla, refresh, null), out);
        }
        return AuditSheets.open(file);
    }

    private static Map<String, AuditSheets.Figure> byKey(XSSFWorkbook wb) {
        return AuditSheets.figures(wb).stream().collect(Collectors.toMap(AuditSheets.Figure::key, Function.identity()));
    }
}
