package uk.ictreview.report.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import uk.ictreview.analyse.refresh.RefreshAnalysis;
import uk.ictreview.model.AssetRegister;

/**
 * Renders sections/refresh.ftlh as the page template will (HTML output format, records as beans, a stand-in
 * {@code chart} macro) and checks it is well-formed XHTML with the figures in place.
 */
class RefreshTemplateTest {
    static String render(RefreshSection section, boolean pdf) throws Exception {
        return uk.ictreview.report.SectionPages.render(section, pdf);
    }

    static void assertWellFormed(String xhtml) throws Exception {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    }

    @Test
    void htmlHasTheFiguresAndEveryDetailTable() throws Exception {
        String html = render(RefreshSection.of(RefreshSectionTest.shortfall()), false);
        assertWellFormed(html);
        Document d = Jsoup.parse(html);
        // £1,200 + £650 + the laptops' repeats in 2030-31, £1,200: £3,050; level 3,050 / 5 = 610.
        assertThat(d.getElementById("refresh-total-cost").text()).isEqualTo("£3,050");
        assertThat(d.getElementById("refresh-level-budget").text()).isEqualTo("£610");
        assertThat(d.getElementById("refresh-overdue").text()).isEqualTo("2 devices, £1,200");
        assertThat(d.select("#refresh-years tbody tr")).hasSize(5);
        assertThat(d.select("#refresh-overdue-list tbody tr")).hasSize(2);
        assertThat(d.select("#refresh-schedule tbody tr")).hasSize(5);
        assertThat(d.select("#refresh-schedule tbody tr td:first-child").eachText())
                .contains("L1", "L1 (2nd)", "L2 (2nd)");
        assertThat(d.select("#refresh-warranty-list tbody tr")).hasSize(1);
        assertThat(d.select("svg#chart-refresh-cost-per-year")).hasSize(1);
        assertThat(d.select("svg#chart-refresh-age-profile")).hasSize(1);
    }

    @Test
    void pdfLeavesOutTheDetailTables() throws Exception {
        String html = render(RefreshSection.of(RefreshSectionTest.shortfall()), true);
        assertWellFormed(html);
        Document d = Jsoup.parse(html);
        assertThat(d.getElementById("refresh-headline")).isNotNull();
        assertThat(d.getElementById("refresh-schedule")).isNull();
        assertThat(d.getElementById("refresh-overdue-list")).isNull();
    }

    @Test
    void noWarrantyDatesAreSaidAsSuchNotAsNoneEnding() throws Exception {
        // deferOnly()'s register records no Warranty ends: "0 warranties end" would claim what nobody knows (a
        // trial). shortfall()'s L1 has a warranty ending 01/08/2026, within six months of 22/07/2026.
        Document none = Jsoup.parse(render(RefreshSection.of(RefreshSectionTest.deferOnly()), true));
        assertThat(none.text())
                .contains("The register records no warranty end dates, so none can be said to end soon.");
        assertThat(none.getElementById("refresh-warranties")).isNull();
        Document one = Jsoup.parse(render(RefreshSection.of(RefreshSectionTest.shortfall()), true));
        assertThat(one.getElementById("refresh-warranties").parent().text())
                .contains("1 warranty ends in the next six months.");
    }

    @Test
    void pdfSummarisesTheMovesAndTheHtmlListsThemAssetByAsset() throws Exception {
        RefreshSection s = RefreshSection.of(RefreshSectionTest.deferOnly());
        Document pdf = Jsoup.parse(render(s, true));
        assertThat(pdf.select("#refresh-move-summary tbody tr")).hasSize(1);
        assertThat(pdf.select("#refresh-move-summary tbody td").eachText())
                .containsExactly("2026-27", "2027-28", "deferred 1 year", "3", "£1,850", "Laptop 2, Desktop 1");
        assertThat(pdf.getElementById("refresh-moves")).isNull();
        assertThat(pdf.getElementById("refresh-moves-elsewhere").text()).contains("refresh-moves.csv");

        Document html = Jsoup.parse(render(s, false));
        assertThat(html.select("#refresh-move-summary tbody tr")).hasSize(1);
        assertThat(html.select("#refresh-moves tbody tr")).hasSize(3);
        assertThat(html.getElementById("refresh-moves-elsewhere")).isNull();
    }

    @Test
    void theMethodNotesAreLeftToThePageAndNoListItemIsEmpty() throws Exception {
        for (boolean pdf : new boolean[] {true, false}) {
            Document d = Jsoup.parse(render(RefreshSection.of(RefreshSectionTest.shortfall()), pdf));
            assertThat(d.getElementById("refresh-method-notes"))
                    .as("pdf=%s", pdf)
                    .isNull();
            assertThat(d.select("#refresh h3, #refresh h4").eachText())
                    .as("pdf=%s", pdf)
                    .doesNotContain("Method");
            assertThat(d.select("#refresh li"))
                    .allSatisfy(li -> assertThat(li.text()).isNotBlank());
        }
    }

    @Test
    void htmlTablesScrollOnAPhoneAndPackTablesAreNotWrapped() throws Exception {
        RefreshSection s = RefreshSection.of(RefreshSectionTest.shortfall());
        Document html = Jsoup.parse(render(s, false));
        // Every table but the two-column figures scrolls sideways inside a .table-wrap.
        assertThat(html.select("#refresh table:not(#refresh-figures)"))
                .isNotEmpty()
                .allSatisfy(t ->
                        assertThat(t.parent().hasClass("table-wrap")).as(t.id()).isTrue());
        assertThat(html.getElementById("refresh").hasClass("refresh-pack")).isFalse();
        Document pdf = Jsoup.parse(render(s, true));
        assertThat(pdf.select("#refresh .table-wrap")).isEmpty();
        assertThat(pdf.getElementById("refresh").hasClass("refresh-pack")).isTrue();
    }

    @Test
    void theYearTablesKeepPlanAndSmoothedApart() throws Exception {
        Document d = Jsoup.parse(render(RefreshSection.of(RefreshSectionTest.shortfall()), true));
        assertThat(d.select("#refresh-years thead th")).hasSize(6);
        assertThat(d.select("#refresh-years tbody tr").first().select("td").eachText())
                .containsExactly("2", "£1,200", "2 / £1,200", "£300", "shortfall £900");
        // Smoothed: 2026-27 keeps the laptops, £1,200 against a cap of £300.
        assertThat(d.select("#refresh-smoothed tbody tr").first().select("td").eachText())
                .containsExactly("2", "£1,200", "£300", "£900");
        // A type cell: the cost, and the number of devices below it.
        assertThat(d.select("#refresh-types tbody tr:contains(Laptop) td")
                        .first()
                        .text())
                .isEqualTo("£1,200 2");
    }

    @Test
    void inThePackAHorizonOfMoreThanFiveYearsGoesOnInASecondTypeTable() throws Exception {
        var register = new AssetRegister(
                List.of(RefreshSectionTest.asset("L1", "Laptop", "2020-01-01", null)), List.of(), List.of());
        var r = RefreshAnalysis.analyse(register, LocalDate.of(2026, 7, 22), Month.APRIL, 7, List.of(), BigDecimal.ONE);
        Document pdf = Jsoup.parse(render(RefreshSection.of(r), true));
        assertThat(pdf.select("#refresh-types thead th").eachText())
                .containsExactly("Type", "2026-27", "2027-28", "2028-29", "2029-30", "2030-31");
        assertThat(pdf.select("#refresh-types-2 thead th").eachText())
                .containsExactly("Type", "2031-32", "2032-33", "Total");
        // L1, overdue, is replaced in 2026-27 and again 01/04/2026 + 4 years = 01/04/2030, in 2030-31: 2 devices.
        assertThat(pdf.select("#refresh-types-2 tbody td").last().text()).isEqualTo("£1,200 2");
        Document html = Jsoup.parse(render(RefreshSection.of(r), false));
        assertThat(html.select("#refresh-types thead th")).hasSize(9);
        assertThat(html.getElementById("refresh-types-2")).isNull();
    }

    @Test
    void inThePackEachHeadingIsKeptWithItsIntroAndTheChartOrTableAfterIt() throws Exception {
        var register = new AssetRegister(
                List.of(RefreshSectionTest.asset("L1", "Laptop", "2020-01-01", null)), List.of(), List.of());
        var r = RefreshAnalysis.analyse(register, LocalDate.of(2026, 7, 22), Month.APRIL, 7, List.of(), BigDecimal.ONE);
        Document pdf = Jsoup.parse(render(RefreshSection.of(r), true));
        for (String h :
                List.of("Cost per year", "Units and cost per type", "The smoothed schedule", "Age and book value")) {
            var heading = pdf.select("h3:containsOwn(" + h + ")").first();
            assertThat(heading.parent().hasClass("keep-next")).as(h).isTrue();
            assertThat(heading.parent().select("table, figure, .chart")).as(h).isNotEmpty();
        }
        // Only the first of the two type tables travels with the heading.
        assertThat(pdf.getElementById("refresh-types").parents().hasClass("keep-next"))
                .isTrue();
        assertThat(pdf.getElementById("refresh-types-2").parents().hasClass("keep-next"))
                .isFalse();
        // 1 laptop, 1.0 FTE: 1.0 device per FTE.
        assertThat(pdf.getElementById("refresh-devices-per-fte").text()).isEqualTo("1.0");
        // A common noun in a sentence: lower-case "school".
        assertThat(pdf.getElementById("refresh-devices-per-fte").parent().text())
                .contains("1.0 devices per school support FTE (1.0 FTE).");
        Document html = Jsoup.parse(render(RefreshSection.of(r), false));
        assertThat(html.select(".keep-next")).isEmpty();
    }

    @Test
    void anEmptyRegisterStillRenders() throws Exception {
        var r = RefreshAnalysis.analyse(
                AssetRegister.empty(), LocalDate.of(2026, 7, 22), Month.SEPTEMBER, 3, List.of(), BigDecimal.ONE);
        RefreshSection s = RefreshSection.of(r);
        assertThat(s.headline())
                .isEqualTo("No equipment falls due for replacement over the next three years (2025-26 to 2027-28).");
        String html = render(s, false);
        assertWellFormed(html);
        assertThat(Jsoup.parse(html).getElementById("refresh-level-budget").text())
                .isEqualTo("£0");
    }

    @Test
    void spreadsheetTextIsEscaped() throws Exception {
        var register = new AssetRegister(
                List.of(RefreshSectionTest.asset("<b>X&1</b>", "<script>", "2020-01-01", null)), List.of(), List.of());
        var r = RefreshAnalysis.analyse(
                register, LocalDate.of(2026, 7, 22), Month.APRIL, 5, List.of(), BigDecimal.ZERO);
        String html = render(RefreshSection.of(r), false);
        assertWellFormed(html);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("&lt;b&gt;X&amp;1&lt;/b&gt;");
        // No school support staff (0 FTE): no "– devices per school support FTE (0.0 FTE)", a sentence instead.
        assertThat(Jsoup.parse(html).getElementById("refresh-devices-per-fte").text())
                .isEqualTo("no ICT support staff of its own");
        assertThat(Jsoup.parse(html).text())
                .contains("the school has no ICT support staff of its own to look after them, so there is no figure"
                        + " of devices per support FTE.")
                .doesNotContain("devices per school support FTE");
    }
}
