package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ictreview.read.Fixture.row;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.analyse.refresh.RefreshAnalysis;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.AssetStatus;
import uk.ictreview.validate.Diagnostic;
import uk.ictreview.validate.Diagnostics;

class AssetsReaderTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final Object[] HEADER = row("Asset tag", "Type", "Purchased", "Cost (£)", "Status", "Replacement cost");

    @TempDir
    Path dir;

    final Diagnostics diags = new Diagnostics();

    WorkbookRead<AssetRegister> read(Fixture f) throws Exception {
        f.xlsx(dir.resolve("assets.xlsx"));
        try (SheetSource src = WorkbookLocator.open(dir, "assets")) {
            return AssetsReader.read(src, TODAY, diags);
        }
    }

    List<String> messages() {
        return diags.all().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void readsAssetsAgainstTheDefaultTypes() throws Exception {
        var r = read(Fixture.book()
                .sheet(
                        "Assets",
                        HEADER,
                        row("A-1", "laptop", LocalDate.of(2022, 9, 1), "£649.99", "spare"),
                        row("A-2", "Network  Switch", "01/09/2020", 1200, null, 1350.5),
                        row("A-3", "Hologram", "01/09/2020", 10, "Lost"),
                        row("A-4", "Desktop", "01/09/2030", 10),
                        row("a-1", "Desktop", "01/09/2020", 10),
                        row("A-5", "Desktop", "soon", -3)));
        // A-5's bad Purchased and Cost are optional columns: warnings, read as blank, the asset kept
        assertThat(r.data().assets()).extracting(Asset::tag).containsExactly("A-1", "A-2", "A-3", "A-4", "A-5");
        assertThat(r.data().assets().get(4).purchased()).isNull();
        assertThat(r.data().assets().get(4).cost()).isNull();
        Asset a1 = r.data().assets().get(0);
        assertThat(a1.cost()).isEqualTo(new BigDecimal("649.99"));
        assertThat(a1.status()).isEqualTo(AssetStatus.SPARE);
        assertThat(a1.purchased()).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(r.data().assets().get(1).replacementCost()).isEqualTo(new BigDecimal("1350.50"));
        assertThat(r.data().assets().get(2).status()).isEqualTo(AssetStatus.IN_USE);
        assertThat(r.mainRows()).isEqualTo(6);
        assertThat(diags.rowsSkipped()).isEqualTo(1);
        assertThat(messages())
                .containsExactly(
                        "assets.xlsx 'Assets'!B4: warning: Type 'Hologram' is not one of the default asset types (Desktop, Laptop,"
                                + " Chromebook, Tablet, Server, Storage, Network switch, Wireless access point, Firewall, Interactive"
                                + " display, Projector, Printer, UPS); its own replacement cost or cost and a 5-year life are used for it",
                        "assets.xlsx 'Assets'!E4: warning: Status 'Lost' is not one of In use, Spare, In repair, Retired, Disposed;"
                                + " read as In use, the default, so it is planned for replacement",
                        "assets.xlsx 'Assets'!C5: warning: Purchased (01/09/2030) is after today (25/11/2026)",
                        "assets.xlsx 'Assets'!A6: error: Tag 'a-1' is used again (first at row 2)",
                        "assets.xlsx 'Assets'!C7: warning: Purchased 'soon' is not " + DateTexts.EXPECTED_DATE
                                + "; read as blank, so its replacement is not planned unless Replace by or Support ends gives a"
                                + " date",
                        "assets.xlsx 'Assets'!D7: warning: Cost '-3' is not an amount in pounds, e.g. 649.99 or £1,234.50 (not"
                                + " negative); read as blank, so no cost is recorded");
    }

    @Test
    void theLifecycleSheetDecidesTheKnownTypesAndBudgetYearsAreNormalised() throws Exception {
        var r = read(Fixture.book()
                .sheet(
                        "Assets",
                        HEADER,
                        row("A-1", "Laptop", "01/09/2022", 600),
                        row("A-2", "Hologram", "01/09/2022", 100),
                        row("A-3", "Desktop", "01/09/2022", 650))
                .sheet(
                        "Lifecycle",
                        row("Type", "Lifetime (years)", "Replacement cost (£)", "Annual price change (%)"),
                        row("Laptop", 4, "£600", new Fixture.Percent(0.03)),
                        row("Hologram", 3.5, 100),
                        row("laptop", 5, 600))
                .sheet(
                        "Budget",
                        row("Financial year", "Capital budget"),
                        row("2026/27", "£12,000"),
                        row("2026-2027", 1),
                        row("2027-29", 5)));
        assertThat(r.policySheetsFound()).containsExactlyInAnyOrder("Lifecycle", "Budget");
        assertThat(r.data().lifecycle()).singleElement().satisfies(p -> {
            assertThat(p.lifetimeYears()).isEqualTo(4);
            assertThat(p.replacementCost()).isEqualTo(new BigDecimal("600.00"));
            // a 3% cell holds 0.03: read as 3 (percent)
            assertThat(p.annualPriceChangePct()).isEqualByComparingTo("3");
        });
        // 2026/27 and 2026-2027 are one year, both lines kept (the refresh analysis adds them)
        assertThat(r.data().budget())
                .extracting(b -> b.financialYear() + " " + b.capitalBudget())
                .containsExactly("2026-27 12000.00", "2026-27 1.00");
        assertThat(messages())
                .containsExactly(
                        "assets.xlsx 'Lifecycle'!B3: error: Lifetime '3.5' is not a whole number of years, 1 or more",
                        "assets.xlsx 'Lifecycle'!A4: error: Type 'laptop' is used again (first at row 2)",
                        "assets.xlsx 'Assets'!B3: warning: Type 'Hologram' is not in the Lifecycle sheet; its own"
                                + " replacement cost or cost and a 5-year life are used for it",
                        "assets.xlsx 'Assets'!B4: warning: Type 'Desktop' is not in the Lifecycle sheet; its own"
                                + " replacement cost or cost and a 5-year life are used for it",
                        "assets.xlsx 'Budget'!A3: note: Financial year 2026-27 has another line (first at row 2): the"
                                + " budgets of its lines are added",
                        "assets.xlsx 'Budget'!A4: error: Financial year '2027-29' is not a financial year such as 2026-27"
                                + " (the second year follows the first)");
        assertThat(diags.rowsSkipped()).isEqualTo(3);
    }

    @Test
    void twoBudgetLinesForOneYearAreAddedInTheRefreshResult() throws Exception {
        // A capital line and a grant line for 2027-28, written two ways: £500 + £250 = £750.00. Period end
        // 22/07/2026, April years: plan year 0 is 2026-27, year 1 is 2027-28.
        var r = read(Fixture.book()
                .sheet("Assets", HEADER, row("A-1", "Laptop", "01/09/2025", 600))
                .sheet(
                        "Budget",
                        row("Financial year", "Capital budget"),
                        row("2027-2028", "£500"),
                        row("2027-28", 250)));
        assertThat(r.data().budget()).hasSize(2);
        assertThat(diags.rowsSkipped()).isZero();
        assertThat(messages())
                .containsExactly("assets.xlsx 'Budget'!A3: note: Financial year 2027-28 has another line (first at"
                        + " row 2): the budgets of its lines are added");
        RefreshResult plan = RefreshAnalysis.analyse(
                r.data(), LocalDate.of(2026, 7, 22), Month.APRIL, 5, List.of(), new BigDecimal("1.5"));
        assertThat(plan.years().get(1).year().label()).isEqualTo("2027-28");
        assertThat(plan.years().get(1).budget()).isEqualTo(new BigDecimal("750.00"));
        assertThat(plan.years().get(0).budget()).isNull();
    }

    @Test
    void whatThePlanLeavesOutAndAnUnlistedStatusAreSaidAtTheirCells() throws Exception {
        // A user trial: Status 'Broken' and a blank Purchased changed the figures with no word from check.
        // Hand-worked against RefreshAnalysis: no due date (no Purchased, no readable Replace by) -> A-1, A-9;
        // a due date but no cost (type not in the policy, no Cost, no Replacement cost) -> A-4. A-2 has a
        // Replace by, A-3 is Retired: neither is warned about.
        var r = read(Fixture.book()
                .sheet(
                        "Assets",
                        row("Tag", "Type", "Purchased", "Cost", "Status", "Replace by", "Replacement cost"),
                        row("A-1", "Laptop"),
                        row("A-2", "Laptop", null, null, null, "01/09/2027"),
                        row("A-3", "Laptop", null, null, "Retired"),
                        row("A-4", "Hologram", "01/09/2022"),
                        row("A-5", "Hologram", "01/09/2022", 100),
                        row("A-6", "Desktop", "01/09/2022", 650, "Broken"),
                        row("A-7", "Desktop", "01/09/2022", 650, "Sold"),
                        row("A-8", "Desktop", "01/09/2022", 650, "in-use"),
                        row("A-9", "Desktop", null, null, null, "soon"),
                        row("A-10", "Desktop", "01/09/2022", 650, "Lost"),
                        row("A-11", "Desktop", "01/09/2022", 650, "Active"),
                        row("A-12", "Desktop", "01/09/2022", 650, "In stock")));
        assertThat(r.data().assets())
                .extracting(Asset::status)
                .containsExactly(
                        AssetStatus.IN_USE,
                        AssetStatus.IN_USE,
                        AssetStatus.RETIRED,
                        AssetStatus.IN_USE,
                        AssetStatus.IN_USE,
                        AssetStatus.IN_REPAIR,
                        AssetStatus.DISPOSED,
                        AssetStatus.IN_USE,
                        AssetStatus.IN_USE,
                        AssetStatus.IN_USE,
                        AssetStatus.IN_USE,
                        AssetStatus.SPARE);
        // A-11 'Active' and A-12 'In stock' are plain synonyms, read silently (a review: a register of 'Active'
        // rows gave a warning a row).
        String statuses = "is not one of In use, Spare, In repair, Retired, Disposed; ";
        String types = "is not one of the default asset types (Desktop, Laptop, Chromebook, Tablet, Server, Storage,"
                + " Network switch, Wireless access point, Firewall, Interactive display, Projector, Printer, UPS); ";
        assertThat(messages())
                .containsExactly(
                        "assets.xlsx 'Assets'!C2: warning: Purchased is blank and no Replace by is given: A-1 is not"
                                + " planned for replacement and not valued (give the date it was bought, or a Replace by"
                                + " date)",
                        "assets.xlsx 'Assets'!B5: warning: Type 'Hologram' " + types
                                + "it has no Replacement cost or Cost either, so it is not planned for replacement",
                        "assets.xlsx 'Assets'!B6: warning: Type 'Hologram' " + types
                                + "its own replacement cost or cost and a 5-year life are used for it",
                        "assets.xlsx 'Assets'!E7: warning: Status 'Broken' " + statuses
                                + "read as In repair, so it is planned for replacement",
                        "assets.xlsx 'Assets'!E8: warning: Status 'Sold' " + statuses
                                + "read as Disposed, so it is left out of planning",
                        "assets.xlsx 'Assets'!F10: warning: Replace by 'soon' is not " + DateTexts.EXPECTED_DATE
                                + "; read as blank, so its due date comes from Purchased and its lifetime",
                        "assets.xlsx 'Assets'!C10: warning: Purchased is blank and Replace by gives no date: A-9 is not"
                                + " planned for replacement and not valued (give the date it was bought, or a Replace by"
                                + " date)",
                        "assets.xlsx 'Assets'!E11: warning: Status 'Lost' " + statuses
                                + "read as In use, the default, so it is planned for replacement");
        RefreshResult plan =
                RefreshAnalysis.analyse(r.data(), LocalDate.of(2026, 7, 22), Month.APRIL, 5, List.of(), BigDecimal.ONE);
        assertThat(plan.notPlannedNoDate()).containsExactly("A-1", "A-9");
        assertThat(plan.notPlannedNoCost()).containsExactly("A-4");
    }

    @Test
    void withoutAPurchasedColumnEachPlannedAssetWithoutReplaceByIsNamed() throws Exception {
        read(Fixture.book()
                .sheet(
                        "Assets",
                        row("Tag", "Type", "Replace by"),
                        row("A-1", "Laptop"),
                        row("A-2", "Laptop", "01/09/2027")));
        assertThat(messages())
                .containsExactly(
                        "assets.xlsx 'Assets' row 2: warning: there is no Purchased column and no Replace by is"
                                + " given: A-1 is not planned for replacement and not valued (give the date it was bought, or a"
                                + " Replace by date)");
    }

    @Test
    void supportEndsIsReadAndAReplaceByAfterItIsAWarningAtTheReplaceByCell() throws Exception {
        // Replace by 31/08/2027 after Support ends 31/12/2026 -> warning at F2 (Replace by), kept as given.
        // Replace by before Support ends: silent. A-3: Retired, not planned: silent. A-4: an unreadable date
        // is a warning, read as blank. The header 'End of support' is a synonym of Support ends.
        // no Purchased, no Replace by, but Support ends: it has a due date, so no "not planned" warning.
        var r = read(Fixture.book()
                .sheet(
                        "Assets",
                        row("Tag", "Type", "Purchased", "Cost", "Status", "Replace by", "End of support"),
                        row("A-1", "Laptop", "01/09/2022", 600, null, "31/08/2027", "31/12/2026"),
                        row("A-2", "Laptop", "01/09/2022", 600, null, "31/08/2026", "31/12/2026"),
                        row("A-3", "Laptop", "01/09/2022", 600, "Retired", "31/08/2027", "31/12/2026"),
                        row("A-4", "Laptop", "01/09/2022", 600, null, null, "never"),
                        row("A-5", "Chromebook", null, null, null, null, LocalDate.of(2027, 6, 30))));
        assertThat(r.data().assets())
                .extracting(Asset::supportEnds)
                .containsExactly(
                        LocalDate.of(2026, 12, 31),
                        LocalDate.of(2026, 12, 31),
                        LocalDate.of(2026, 12, 31),
                        null,
                        LocalDate.of(2027, 6, 30));
        assertThat(r.data().assets().get(0).replaceBy()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(messages())
                .containsExactly(
                        "assets.xlsx 'Assets'!F2: warning: Replace by (31/08/2027) is after Support ends (31/12/2026):"
                                + " A-1 would be in use without security updates until then; the plan keeps the Replace"
                                + " by date (bring it forward to 31/12/2026 or earlier, or blank it to use Support ends)",
                        "assets.xlsx 'Assets'!G5: warning: Support ends 'never' is not " + DateTexts.EXPECTED_DATE
                                + "; read as blank, so its due date comes from Purchased and its lifetime alone");
    }
}
