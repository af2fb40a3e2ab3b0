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
import uk.ictreview.model.LifecyclePolicy;
import uk.ictreview.model.Priority;
import uk.ictreview.model.RowRef;
import uk.ictreview.report.Status;
import uk.ictreview.report.charts.Chart;
import uk.ictreview.report.csv.CsvTable;
import uk.ictreview.report.json.JsonWriter;

/** The section built from small hand-worked registers; period end 22/07/2026, April years, 5-year horizon. */
class RefreshSectionTest {
    static Asset asset(String tag, String type, String bought, String warranty) {
        return new Asset(
                tag,
                type,
                null,
                null,
                null,
                "ICT suite",
                LocalDate.parse(bought),
                new BigDecimal("500.00"),
                warranty == null ? null : LocalDate.parse(warranty),
                AssetStatus.IN_USE,
                null,
                null,
                null /* supportEnds */,
                null,
                new RowRef("assets.xlsx", "Assets", 2));
    }

    /**
     * Two overdue laptops (£1,200) against a 2026-27 budget of £300, and a desktop due 01/05/2027 (£650). The laptops'
     * replacements fall due again 4 years after the first plan year starts, 01/04/2030, in 2030-31 (£1,200); the
     * desktop's (5 years) in 2032-33, after the plan.
     */
    static RefreshResult shortfall() {
        return shortfallWithBudget("300", "300", "300", "300", "300");
    }

    /** The assets of {@link #shortfall()} with the budget of 2026-27 … 2030-31 given; null for a year with none. */
    static RefreshResult shortfallWithBudget(String... perYear) {
        List<Asset> assets = List.of(
                asset("L1", "Laptop", "2020-01-01", "2026-08-01"),
                asset("L2", "Laptop", "2021-01-01", null),
                asset("D1", "Desktop", "2022-05-01", null));
        Incident call = new Incident(
                "1",
                LocalDateTime.of(2026, 5, 1, 9, 0),
                Priority.P2,
                "Hardware",
                CallType.INCIDENT,
                null,
                null,
                null,
                "L2",
                null,
                null,
                0,
                null,
                null,
                new RowRef("incidents.xlsx", "Incidents", 2));
        List<BudgetLine> budget = new ArrayList<>();
        for (int y = 2026; y <= 2030; y++) {
            if (perYear[y - 2026] != null) {
                budget.add(new BudgetLine(y + "-" + (y + 1 - 2000), new BigDecimal(perYear[y - 2026])));
            }
        }
        return RefreshAnalysis.analyse(
                new AssetRegister(assets, List.of(), budget),
                LocalDate.of(2026, 7, 22),
                Month.APRIL,
                5,
                List.of(call),
                new BigDecimal("1.5"));
    }

    @Test
    void misspeltTypesAreOneUnknownRowInTheGovernorsTables() {
        // "Laptp" (bought 01/01/2020) and "lptop" (01/01/2021) are not in the Lifecycle policy: a 5-year life at
        // their own cost, £500 each, due 01/01/2025 and 01/01/2026, both overdue, so both in 2026-27 (£1,000, 2);
        // their next turn, 01/04/2031, is after the plan. The laptop L2 (4-year life, bought 01/01/2021) is due
        // 01/01/2025: overdue too, and again 01/04/2030.
        RefreshResult r = RefreshAnalysis.analyse(
                new AssetRegister(
                        List.of(
                                asset("X1", "Laptp", "2020-01-01", null),
                                asset("X2", "lptop", "2021-01-01", null),
                                asset("L2", "Laptop", "2021-01-01", null)),
                        List.of(),
                        List.of()),
                LocalDate.of(2026, 7, 22),
                Month.APRIL,
                5,
                List.of(),
                new BigDecimal("1.5"));
        RefreshSection s = RefreshSection.of(r);
        assertThat(s.typeRows())
                .extracting(RefreshRows.TypeRow::type)
                .containsExactly("Laptop", "Type not in the Lifecycle sheet");
        RefreshRows.TypeRow unknown = s.typeRows().get(1);
        assertThat(unknown.cells().get(0)).isEqualTo(new RefreshRows.TypeCell("2", "£1,000"));
        assertThat(unknown.total()).isEqualTo(new RefreshRows.TypeCell("2", "£1,000"));
        assertThat(s.types())
                .extracting(RefreshRows.TypeValueRow::type, RefreshRows.TypeValueRow::devices)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Laptop", 1),
                        org.assertj.core.groups.Tuple.tuple("Type not in the Lifecycle sheet", 2));
        // The data keep the register's own spellings, and the method notes name them.
        assertThat(r.unknownTypes()).containsExactly("Laptp", "lptop");
        assertThat(s.methodNotes()).anyMatch(n -> n.contains("Laptp, lptop. The tables and charts show them together"));
    }

    @Test
    void headlineAndDecisionWithAShortfall() {
        // Plan: 2026-27 £1,200 (the two overdue laptops), 2027-28 £650, 2030-31 £1,200 (their replacements' turn);
        // total £3,050. Budget 5 x £300 = £1,500: shortfall £1,550, the worst years 2026-27 and 2030-31 (each 900
        // short): the first of them, 2026-27, which holds the backlog. Money in the sentences in whole pounds.
        RefreshSection s = RefreshSection.of(shortfall());
        assertThat(s.headline())
                .isEqualTo("Replacing equipment on policy will cost £3,050 over the next five years"
                        + " (2026-27 to 2030-31) against a budget of £1,500: a shortfall of £1,550 over the five"
                        + " years, £900 of it in 2026-27, which includes a backlog of 2 overdue devices (£1,200).");
        // Smoothed (cap £300 a year): the laptops are overdue by two years or more and cannot wait; the desktop, due
        // 01/05/2027 in 2027-28, fits no later year's headroom (£300) within its two years' grace, so it stays there
        // too; the repeats (£600 each) fit no earlier year's £300: nothing moves, the spreading option is left out,
        // and three years stay over budget.
        assertThat(s.decision())
                .isEqualTo("How to close a shortfall of £1,550: raise the capital budget, or replace"
                        + " fewer devices. Even spread out, 2026-27, 2027-28 and 2030-31 stay over budget.");
        assertThat(s.years().get(0).surplus()).isEqualTo("shortfall £900");
        assertThat(s.years().get(0).status()).isEqualTo(Status.RED);
        assertThat(s.years().get(0).overCapBy()).isEqualTo("£900");
        assertThat(s.years().get(1).overCapBy()).isEqualTo("£350");
        assertThat(s.years().get(2).overCapBy()).isEqualTo("\u2013");
        assertThat(s.years().get(4).overCapBy()).isEqualTo("£900");
        assertThat(s.devicesPerSupportFte()).isEqualTo("2.0");
    }

    @Test
    void theDecisionOffersSpreadingWhenALaterYearHasRoom() {
        // The plan of shortfall() with budgets 300, 300, 0, 650, 0 = £1,250 against £3,050: short by £1,800. The
        // desktop (£650, 2027-28, 350 over) fits no headroom in 2028-29 (£0) but exactly fills 2029-30's £650, two
        // years after its due year: it moves there. 2026-27 stays £900 over with the overdue laptops; 2030-31
        // (budget £0) keeps the laptops' repeats, £600 each, which no earlier year after 2026-27 has room for.
        RefreshSection s = RefreshSection.of(shortfallWithBudget("300", "300", "0", "650", "0"));
        assertThat(s.decision())
                .isEqualTo("How to close a shortfall of £1,800: raise the capital budget, spread"
                        + " replacements over later years (1 device stays in use past its life, by up to 2 years), or replace"
                        + " fewer devices. Even spread out, 2026-27 and 2030-31 stay over budget.");
    }

    @Test
    void theBacklogIsNotNamedWhenTheWorstYearIsALaterOne() {
        // The plan of shortfall() with budgets 1,200, 0, 100, 100, 100 = £1,500 against £3,050: short by £1,550.
        // 2026-27 (with the backlog) breaks even; the worst year is 2030-31 (1,200 - 100 = £1,100 short, more than
        // 2027-28's £650), which has no backlog.
        RefreshResult r = shortfallWithBudget("1200", "0", "100", "100", "100");
        assertThat(RefreshSection.of(r).headline())
                .isEqualTo("Replacing equipment on policy will cost £3,050 over the"
                        + " next five years (2026-27 to 2030-31) against a budget of £1,500: a shortfall of £1,550 over the"
                        + " five years, £1,100 of it in 2030-31.");
    }

    @Test
    void aYearFurtherShortThanTheWholeIsSaidToBeShortAlone() {
        // The plan of shortfall() (1,200, 650, 0, 0, 1,200 = £3,050) with budgets 300, 650, 100, 100, 1,200 = £2,350:
        // short by £700 over the plan, while 2026-27 alone is 1,200 - 300 = £900 short (2028-29 and 2029-30 have
        // £100 to spare each). "Most of it in 2026-27" would be untrue: the year gets a sentence of its own.
        assertThat(RefreshSection.of(shortfallWithBudget("300", "650", "100", "100", "1200"))
                        .headline())
                .isEqualTo("Replacing equipment on policy will cost £3,050 over the next five years (2026-27 to"
                        + " 2030-31) against a budget of £2,350: a shortfall of £700 over the five years. 2026-27 alone"
                        + " is £900 short, and includes a backlog of 2 overdue devices (£1,200).");
    }

    @Test
    void aYearExactlyAsShortAsTheWholeHoldsAllOfIt() {
        // Budgets 300, 650, 0, 0, 1,200 = £2,150 against £3,050: short by £900, and 2026-27 is 1,200 - 300 = £900
        // short, every other year exactly funded.
        assertThat(RefreshSection.of(shortfallWithBudget("300", "650", "0", "0", "1200"))
                        .headline())
                .isEqualTo("Replacing equipment on policy will cost £3,050 over the next five years (2026-27 to"
                        + " 2030-31) against a budget of £2,150: a shortfall of £900 over the five years, all of it in"
                        + " 2026-27, which includes a backlog of 2 overdue devices (£1,200).");
    }

    @Test
    void budgetsForSomeYearsAreComparedWithTheCostOfThoseYears() {
        // No budget for 2028-29 (cost £0 there). Budgets 300, 650, 0, 600 = £1,550 for years costing 1,200 + 650 +
        // 0 + 1,200 = £3,050: £1,500 short; the worst of them 2026-27 (£900 short, 2030-31 £600).
        assertThat(RefreshSection.of(shortfallWithBudget("300", "650", null, "0", "600"))
                        .headline())
                .isEqualTo("Replacing equipment on policy will cost £3,050 over the next five years (2026-27 to"
                        + " 2030-31); budgets set for 4 of those years (£1,550) fall £1,500 short of the cost of those"
                        + " years, £900 of it in 2026-27, which includes a backlog of 2 overdue devices (£1,200).");
        // Budgets 1,200, 650, 0, 1,200 = £3,050 for the same years: exactly their cost.
        assertThat(RefreshSection.of(shortfallWithBudget("1200", "650", null, "0", "1200"))
                        .headline())
                .isEqualTo("Replacing equipment on policy will cost £3,050 over the next five years (2026-27 to"
                        + " 2030-31); budgets set for 4 of those years (£3,050) cover the cost of those years.");
    }

    /**
     * Three devices due in 2026-27, none overdue, and no budget that year: the budget covers the plan overall. The
     * laptops last 5 years here (a policy sheet), so, like the desktop, they fall due again only after the plan: a
     * replacement whose repeat is in the plan is never moved.
     */
    static RefreshResult deferOnly() {
        List<Asset> assets = List.of(
                asset("L3", "Laptop", "2021-06-01", null),
                asset("L4", "Laptop", "2021-07-01", null),
                asset("D2", "Desktop", "2021-06-01", null));
        List<BudgetLine> budget = new ArrayList<>(List.of(new BudgetLine("2026-27", BigDecimal.ZERO)));
        for (int y = 2027; y <= 2030; y++) {
            budget.add(new BudgetLine(y + "-" + (y + 1 - 2000), new BigDecimal("10000")));
        }
        List<uk.ictreview.model.LifecyclePolicy> policy = uk.ictreview.model.LifecyclePolicy.defaults().stream()
                .map(p -> p.type().equals("Laptop")
                        ? new uk.ictreview.model.LifecyclePolicy(
                                "Laptop", 5, p.replacementCost(), p.annualPriceChangePct())
                        : p)
                .toList();
        return RefreshAnalysis.analyse(
                new AssetRegister(assets, policy, budget),
                LocalDate.of(2026, 7, 22),
                Month.APRIL,
                5,
                List.of(),
                BigDecimal.ONE);
    }

    @Test
    void whenTheBudgetCoversThePlanTheDecisionNamesTheDeferrals() {
        // Due 01/06/2026, 01/07/2026 (laptops, £600 each) and 01/06/2026 (desktop, £650): all in 2026-27, whose budget
        // is £0, so the smoothed schedule defers all three one year, into 2027-28 (£1,850 within £10,000). All three
        // fall due again 5 years later, after the plan. Plan £1,850.
        RefreshSection s = RefreshSection.of(deferOnly());
        assertThat(s.headline())
                .isEqualTo("Replacing equipment on policy will cost £1,850 over the next five years"
                        + " (2026-27 to 2030-31); the budget of £40,000 covers it.");
        assertThat(s.decision())
                .isEqualTo("Whether to confirm the budget: it covers the cost of the plan, though"
                        + " keeping each year within its budget defers 3 devices past their life, by up to 1 year.");
        assertThat(s.risk())
                .isEqualTo("It costs the same as the plan; 3 replacements move: 3 are deferred, running"
                        + " past the year their life ends in (3 device-years in all, at most 1 year for any one).");
    }

    @Test
    void movesAreAddedUpPerYearPairForThePack() {
        // deferOnly(): one group, 2026-27 -> 2027-28: 3 units, £600 + £600 + £650 = £1,850; Laptop 2 before Desktop 1.
        RefreshSection s = RefreshSection.of(deferOnly());
        assertThat(s.moves()).hasSize(3);
        // L4 is due last (01/07/2026), the least claim: it is deferred first, into 2027-28's headroom.
        assertThat(s.moves())
                .filteredOn(m -> m.tag().equals("L4"))
                .singleElement()
                .extracting(RefreshRows.MoveRow::reason)
                .isEqualTo(
                        "Deferred: 2026-27 is over its budget of £0 and 2027-28 had room; due 1 July 2026 with no calls"
                                + " in the last 12 months, it had the least claim of those that could move.");
        assertThat(s.moveGroups())
                .containsExactly(new RefreshRows.MoveGroupRow(
                        "2026-27", "2027-28", "deferred 1 year", 3, "£1,850", "Laptop 2, Desktop 1"));
        // shortfall(): nothing fits anywhere, so nothing moves. With budgets 300, 300, 0, 650, 0 the desktop alone
        // moves two years later, into 2029-30's £650 of headroom (2028-29 has none).
        assertThat(RefreshSection.of(shortfall()).moveGroups()).isEmpty();
        assertThat(RefreshSection.of(shortfallWithBudget("300", "300", "0", "650", "0"))
                        .moveGroups())
                .containsExactly(
                        new RefreshRows.MoveGroupRow("2027-28", "2029-30", "deferred 2 years", 1, "£650", "Desktop 1"));
    }

    @Test
    void allOfItIsSaidOnlyWhenNoOtherYearIsShort() {
        // shortfall()'s plan: 2026-27 £1,200 (two overdue laptops), 2027-28 £650, 2028-29 and 2029-30 £0, 2030-31
        // £1,200. Budgets 600, 350, 300, 0, 1,200: 2026-27 is £600 short, 2027-28 £300 short, 2028-29 has £300 of
        // room: the gap is 3,050 - 2,450 = £600, the same as 2026-27's shortfall, but "all of it in 2026-27" would be
        // untrue while 2027-28 is short too.
        String headline = RefreshSection.of(shortfallWithBudget("600", "350", "300", "0", "1200"))
                .headline();
        assertThat(headline).contains("a shortfall of £600").doesNotContain("all of it");
        assertThat(headline).endsWith(". 2026-27 is £600 short, and includes a backlog of 2 overdue devices (£1,200).");
    }

    @Test
    void typeCellsHoldCostAndUnitsApart() {
        RefreshSection s = RefreshSection.of(shortfall());
        RefreshRows.TypeRow laptop = s.typeRows().stream()
                .filter(t -> t.type().equals("Laptop"))
                .findFirst()
                .orElseThrow();
        assertThat(laptop.cells().get(0)).isEqualTo(new RefreshRows.TypeCell("2", "£1,200"));
        assertThat(laptop.cells().get(1)).isEqualTo(new RefreshRows.TypeCell("", ""));
        // The total counts the laptops' repeats in 2030-31 too: 4 replacements, £2,400.
        assertThat(laptop.cells().get(4)).isEqualTo(new RefreshRows.TypeCell("2", "£1,200"));
        assertThat(laptop.total()).isEqualTo(new RefreshRows.TypeCell("4", "£2,400"));
    }

    @Test
    void theSectionDoesNotRepeatItsMethodNotesAndHasNoBlankOne() {
        List<String> notes = RefreshSection.of(shortfall()).methodNotes();
        assertThat(notes)
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n).startsWith("Refresh budget: ").hasSizeGreaterThan(30));
        // No Lifecycle sheet in shortfall(): the first note says so, its first letter lowered after the label.
        assertThat(notes.get(0)).startsWith("Refresh budget: no Lifecycle sheet: the default lifetimes");
        assertThat(RefreshNotes.labelled("UPS units are planned.")).isEqualTo("Refresh budget: UPS units are planned.");
        assertThat(RefreshNotes.labelled("4 devices fall due.")).isEqualTo("Refresh budget: 4 devices fall due.");
    }

    @Test
    void jsonStartsWithTheSpecKeysInOrder() {
        JsonWriter w = new JsonWriter();
        RefreshSection.of(shortfall()).writeJson(w);
        String json = w.toString();
        assertThat(json)
                .startsWith("{\n  \"years\": [\n    {\n      \"year\": \"2026-27\",\n      \"units\": 2,\n"
                        + "      \"cost\": 1200.00,\n      \"budget\": 300.00,\n");
        List<String> topKeys = json.lines()
                .filter(l -> l.matches("  \"\\w+\":.*"))
                .map(l -> l.substring(3, l.indexOf('"', 3)))
                .toList();
        assertThat(topKeys.subList(0, 4)).containsExactly("years", "overdueUnits", "overdueCost", "levelAnnualBudget");
        assertThat(json)
                .contains("\"overdueUnits\": 2,\n  \"overdueCost\": 1200.00,\n  \"levelAnnualBudget\": 610.00,");
        assertThat(json).contains("\"devicesPerSupportFte\": 2.0");
    }

    @Test
    void csvPlanAddsUpToTheYearTotals() {
        RefreshSection s = RefreshSection.of(shortfall());
        CsvTable years = table(s, "refresh-years");
        CsvTable plan = table(s, "refresh-plan");
        for (List<String> y : years.rows()) {
            BigDecimal sum = plan.rows().stream()
                    .filter(p -> p.get(0).equals(y.get(0)))
                    .map(p -> new BigDecimal(p.get(3)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(y.get(0)).isEqualByComparingTo(y.get(2));
        }
        assertThat(plan.rows()).contains(List.of("2026-27", "Laptop", "2", "1200.00", "2", "1200.00"));
        assertThat(s.tables())
                .extracting(CsvTable::name)
                .containsExactly(
                        "refresh-years",
                        "refresh-plan",
                        "refresh-schedule",
                        "refresh-moves",
                        "refresh-book-value",
                        "refresh-types",
                        "refresh-warranties");
    }

    @Test
    void theScheduleCsvShowsWhichReplacementARepeatIs() {
        // shortfall(): L1 overdue (due 01/01/2024) is replaced in 2026-27; its replacement falls due 01/04/2030 (the
        // first plan year's start + 4 years): a new device, not overdue, with no calls, £600, staying in 2030-31.
        CsvTable schedule = table(RefreshSection.of(shortfall()), "refresh-schedule");
        assertThat(schedule.rows())
                .contains(
                        List.of(
                                "L1",
                                "Laptop",
                                "ICT suite",
                                "2024-01-01",
                                "Y",
                                "2026-27",
                                "600.00",
                                "2026-27",
                                "600.00",
                                "0"),
                        List.of(
                                "L1 (2nd)",
                                "Laptop",
                                "ICT suite",
                                "2030-04-01",
                                "N",
                                "2030-31",
                                "600.00",
                                "2030-31",
                                "600.00",
                                "0"));
    }

    @Test
    void aDeferredRepeatSaysWhichReplacementItIs() {
        List<BudgetLine> budget;
        RefreshResult r;
        // A 3-year tablet due 01/09/2026 falls due again 01/09/2029, in 2029-30, whose budget is £0: it is deferred
        // into 2030-31 (£10,000), and its reason gives its due date, not calls it cannot have had.
        budget = new ArrayList<>();
        for (int y = 2026; y <= 2030; y++) {
            budget.add(new BudgetLine(y + "-" + (y + 1 - 2000), new BigDecimal(y == 2029 ? "0" : "10000")));
        }
        r = RefreshAnalysis.analyse(
                new AssetRegister(
                        List.of(asset("T1", "Tablet", "2023-09-01", null)),
                        List.of(new LifecyclePolicy("Tablet", 3, new BigDecimal("400.00"), BigDecimal.ZERO)),
                        budget),
                LocalDate.of(2026, 7, 22),
                Month.APRIL,
                5,
                List.of(),
                BigDecimal.ONE);
        assertThat(RefreshSection.of(r).moves())
                .extracting(m -> m.tag() + ": " + m.reason())
                .containsExactly("T1 (2nd): Deferred: 2029-30 is over its budget of £0 and 2030-31 had room; as the"
                        + " asset's 2nd replacement, due 1 September 2029, with no calls of its own, it had the least claim of"
                        + " those that could move.");
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
        return s.tables().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
