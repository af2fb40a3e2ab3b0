package uk.ictreview.report.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.analyse.refresh.RefreshAnalysis;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.AssetStatus;
import uk.ictreview.model.BudgetLine;
import uk.ictreview.model.CallType;
import uk.ictreview.model.Incident;
import uk.ictreview.model.Priority;
import uk.ictreview.model.RowRef;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.csv.CsvTable;
import uk.ictreview.report.json.JsonWriter;

/** The section built from small hand-worked registers; period end 22/07/2026, April years, 5-year horizon. */
class RefreshSectionTest {
  static Asset asset(String tag, String type, String bought, String warranty) {
    return new Asset(tag, type, null, null, null, "ICT suite", LocalDate.parse(bought), new BigDecimal("500.00"),
        warranty == null ? null : LocalDate.parse(warranty), AssetStatus.IN_USE, null, null, null,
        new RowRef("assets.xlsx", "Assets", 2));
  }

  /** Two overdue laptops (£1,200) against a 2026-27 budget of £1,000, and a desktop due 01/05/2027 (£650). */
  static RefreshResult shortfall() {
    List<Asset> assets = List.of(asset("L1", "Laptop", "2020-01-01", "2026-08-01"), asset("L2", "Laptop", "2021-01-01", null),
        asset("D1", "Desktop", "2022-05-01", null));
    Incident call = new Incident("1", LocalDateTime.of(2026, 5, 1, 9, 0), Priority.P2, "Hardware", CallType.INCIDENT,
        null, null, null, "L2", null, null, 0, null, null, new RowRef("incidents.xlsx", "Incidents", 2));
    List<BudgetLine> budget = new ArrayList<>();
    for (int y = 2026; y <= 2030; y++) {
      budget.add(new BudgetLine(y + "-" + (y + 1 - 2000), new BigDecimal("300")));
    }
    return RefreshAnalysis.analyse(new AssetRegister(assets, List.of(), budget), LocalDate.of(2026, 7, 22),
        Month.APRIL, 5, List.of(call), new BigDecimal("1.5"));
  }

  @Test
  void headlineAndDecisionWithAShortfall() {
    // Plan: 2026-27 £1,200 (overdue), 2027-28 £650; total £1,850. Budget 5 x £300 = £1,500: shortfall £350, the
    // worst year 2026-27 (1,200 - 300 = 900 short).
    RefreshSection s = RefreshSection.of(shortfall());
    assertThat(s.headline()).isEqualTo("Replacing equipment on policy will cost £1,850.00 over the next five years"
        + " (2026-27 to 2030-31); the budget covers £1,500.00, a shortfall of £350.00, most of it in 2026-27.");
    assertThat(s.decision()).startsWith("2 devices are already past replacement (£1,200.00); the plan replaces them"
        + " in 2026-27. Governors must decide whether to raise the capital budget by £350.00,");
    assertThat(s.years().get(0).surplus()).isEqualTo("shortfall £900.00");
    assertThat(s.years().get(0).status()).isEqualTo("status-red");
    assertThat(s.devicesPerSupportFte()).isEqualTo("2.0");
  }

  @Test
  void headlineWithoutABudget() {
    RefreshResult r = RefreshAnalysis.analyse(new AssetRegister(List.of(asset("L1", "Laptop", "2020-01-01", null)),
        List.of(), List.of()), LocalDate.of(2026, 7, 22), Month.APRIL, 5, List.of(), BigDecimal.ONE);
    // £600 / 5 = £120.00 a year.
    assertThat(RefreshSection.of(r).headline()).isEqualTo("Replacing equipment on policy will cost £600.00 over the"
        + " next five years (2026-27 to 2030-31); no capital budget is set, and £120.00 a year would fund it.");
  }

  @Test
  void jsonStartsWithTheSpecKeysInOrder() {
    JsonWriter w = new JsonWriter();
    RefreshSection.of(shortfall()).writeJson(w);
    String json = w.toString();
    assertThat(json).startsWith("{\n  \"years\": [\n    {\n      \"year\": \"2026-27\",\n      \"units\": 2,\n"
        + "      \"cost\": 1200.00,\n      \"budget\": 300.00,\n");
    List<String> topKeys = json.lines().filter(l -> l.matches("  \"\\w+\":.*")).map(l -> l.substring(3, l.indexOf('"', 3))).toList();
    assertThat(topKeys.subList(0, 4)).containsExactly("years", "overdueUnits", "overdueCost", "levelAnnualBudget");
    assertThat(json).contains("\"overdueUnits\": 2,\n  \"overdueCost\": 1200.00,\n  \"levelAnnualBudget\": 370.00,");
    assertThat(json).contains("\"devicesPerSupportFte\": 2.0");
  }

  @Test
  void csvPlanAddsUpToTheYearTotals() {
    RefreshSection s = RefreshSection.of(shortfall());
    CsvTable years = table(s, "refresh-years");
    CsvTable plan = table(s, "refresh-plan");
    for (List<String> y : years.rows()) {
      BigDecimal sum = plan.rows().stream().filter(p -> p.get(0).equals(y.get(0)))
          .map(p -> new BigDecimal(p.get(3))).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(sum).as(y.get(0)).isEqualByComparingTo(y.get(2));
    }
    assertThat(plan.rows()).contains(List.of("2026-27", "Laptop", "2", "1200.00", "2", "1200.00"));
    assertThat(s.tables()).extracting(CsvTable::name).containsExactly("refresh-years", "refresh-plan",
        "refresh-schedule", "refresh-moves", "refresh-book-value", "refresh-types", "refresh-warranties");
  }

  @Test
  void chartsDrawWithoutError() {
    for (Chart c : RefreshSection.of(shortfall()).charts()) {
      BufferedImage img = c.chart().createBufferedImage(c.width(), c.height());
      assertThat(img.getWidth()).isEqualTo(c.width());
      assertThat(c.alt()).isNotBlank();
    }
  }

  static CsvTable table(RefreshSection s, String name) {
    return s.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }
}
