package uk.ictreview.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.model.StaffMember;
import uk.ictreview.read.SchoolReader;
import uk.ictreview.testing.MiniJson;
import uk.ictreview.validate.Diagnostics;

/**
 * The bundled example school built once through the command line, then read back as a governor, a business
 * manager and an auditor would: the PDF's text, the HTML's elements and figures.json must tell the same story.
 */
class PackTest {
    @TempDir
    static Path tmp;

    static Path pack;
    static Path again;
    static Map<String, Object> figures;
    static String pdfText;
    static Document html;

    @BeforeAll
    static void buildTheExampleTwice() throws Exception {
        CliTest.Result first = CliTest.run("build", "--out", tmp.resolve("a").toString());
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCode.WARNINGS);
        pack = CliTest.onlyPackFolder(tmp.resolve("a"));
        CliTest.Result second = CliTest.run("build", "--out", tmp.resolve("b").toString());
        assertThat(second.code()).isEqualTo(ExitCode.WARNINGS);
        again = CliTest.onlyPackFolder(tmp.resolve("b"));
        figures = object(MiniJson.parse(Files.readString(pack.resolve("figures.json"))));
        pdfText = pdfText(pack.resolve("governors-pack.pdf"));
        html = Jsoup.parse(pack.resolve("index.html").toFile(), "UTF-8");
    }

    /**
     * The one driver for every area: each section listed in {@link uk.ictreview.report.Sections} is in every format
     * (its figures.json object, its section and summary line in the HTML, the same headline in the PDF's text, its
     * CSV files), so a new area gets this check by being listed.
     */
    @Test
    void everyListedSectionIsInEveryFormat() throws Exception {
        String pdf = pdfText.replaceAll("\\s+", " ");
        for (String id : uk.ictreview.report.Sections.ids()) {
            assertThat(object(figures.get(id))).as("figures.json " + id).isNotEmpty();
            assertThat(html.select("section#" + id)).as("HTML section " + id).hasSize(1);
            String status = html.select("#summary-" + id + "-status").text();
            assertThat(status).as("summary status of " + id).matches("(. )?(Green|Amber|Red|Not judged)");
            String headline =
                    html.select("#summary-" + id + " .summary-headline").text();
            assertThat(headline).as("summary headline of " + id).isNotBlank();
            assertThat(pdf)
                    .as("the PDF says " + id + "'s headline as the HTML does")
                    .contains(headline);
            try (var files = Files.list(pack)) {
                List<Path> csvs = files.filter(f -> f.getFileName().toString().startsWith(id + "-"))
                        .filter(f -> f.getFileName().toString().endsWith(".csv"))
                        .toList();
                assertThat(csvs).as("CSV files of " + id).isNotEmpty();
                for (Path csv : csvs) {
                    assertThat(Files.readString(csv)).as(csv.toString()).contains("\r\n");
                }
            }
        }
    }

    /** The support FTE is one figure: the same in both sections of figures.json, the HTML, the PDF and the CSV. */
    @Test
    void theSupportFteIsTheSameFigureInEveryFormat() throws Exception {
        Object refresh = object(figures.get("refresh")).get("supportFte");
        Object skills = object(figures.get("skills")).get("supportFte");
        assertThat(refresh).isEqualTo(skills);
        String fte = ((BigDecimal) skills).toPlainString();
        assertThat(html.getElementById("skills-support-fte").text()).isEqualTo(fte);
        assertThat(html.getElementById("refresh").text()).contains("(" + fte + " FTE)");
        assertThat(pdfText.replaceAll("\\s+", " "))
                .contains("come to " + fte + " FTE")
                .contains("(" + fte + " FTE)");
    }

    @Test
    void figuresJsonCountsEveryRowReadAndTheOneBadRow() {
        Map<String, Object> counts = object(figures.get("counts"));
        assertThat(counts)
                .containsEntry("incidents", new BigDecimal("3000"))
                .containsEntry("assets", new BigDecimal("1000"))
                .containsEntry("staff", new BigDecimal("5"));
        Map<String, Object> dq = object(figures.get("dataQuality"));
        assertThat(dq).containsEntry("errors", BigDecimal.ONE).containsEntry("rowsSkipped", BigDecimal.ONE);
        assertThat(figures.keySet())
                .containsSubsequence("school", "period", "sla", "refresh", "skills", "counts", "dataQuality");
    }

    @Test
    void theSlaHeadlineFigureIsTheSameInJsonHtmlAndPdf() {
        BigDecimal pct =
                (BigDecimal) object(object(figures.get("sla")).get("overall")).get("resolutionMetPct");
        String shown = pct.toPlainString() + "%";
        assertThat(html.getElementById("sla-overall-met-pct").text()).contains(shown);
        assertThat(pdfText).contains(shown + " of calls were resolved within target");
    }

    @Test
    void theLevelAnnualBudgetIsTheSameInJsonHtmlAndPdf() {
        // figures.json to the penny; the pages in whole pounds rounded up, as the level budget must fund the plan
        // (£167,470.45 -> £167,471).
        BigDecimal level = (BigDecimal) object(figures.get("refresh")).get("levelAnnualBudget");
        String shown = "£"
                + String.format(
                        "%,d", level.setScale(0, java.math.RoundingMode.CEILING).longValueExact());
        assertThat(html.getElementById("refresh-level-budget").text()).contains(shown);
        assertThat(pdfText).contains(shown);
    }

    @Test
    void theSupportFteIsTheSameInJsonHtmlAndPdf() {
        BigDecimal fte = (BigDecimal) object(figures.get("skills")).get("supportFte");
        assertThat(html.getElementById("skills-support-fte").text()).contains(fte.toPlainString());
        assertThat(pdfText).contains(fte.toPlainString() + " FTE");
    }

    @Test
    void thePdfHasEverySectionTheCommentaryAndTheBadRow() {
        assertThat(pdfText)
                .contains(
                        "Governors' pack".toUpperCase(),
                        "Contents",
                        "Summary",
                        "Commentary from the School Business Manager")
                .contains("Service levels", "Refresh budget", "Competences", "Method notes", "Data quality")
                .contains("incidents.xlsx 'Incidents'!K804");
    }

    @Test
    void noStaffNameIsInThePackByDefaultButTheHtmlReportNamesThem() throws Exception {
        Path school = tmp.resolve("names");
        CliTest.run("init", "--example", school.toString());
        List<StaffMember> staff = SchoolReader.read(school, LocalDate.of(2026, 7, 24), new Diagnostics())
                .skills()
                .staff();
        assertThat(staff).hasSize(5);
        String json = Files.readString(pack.resolve("figures.json"));
        for (StaffMember s : staff) {
            assertThat(pdfText).as("the pack names " + s.name()).doesNotContain(s.name());
            assertThat(json).doesNotContain(s.name());
            if (s.isSchoolStaff()) {
                assertThat(html.text())
                        .as("the HTML report names the school's own staff")
                        .contains(s.name());
            }
        }
    }

    @Test
    void theSameInputsGiveTheSameHtmlJsonAndPdfText() throws Exception {
        for (String f : List.of("index.html", "figures.json", "sla-by-priority.csv", "refresh-plan.csv")) {
            assertThat(Files.readString(again.resolve(f), StandardCharsets.UTF_8))
                    .as(f)
                    .isEqualTo(Files.readString(pack.resolve(f), StandardCharsets.UTF_8));
        }
        assertThat(pdfText(again.resolve("governors-pack.pdf"))).isEqualTo(pdfText);
        // The audit workbook is dated at the period end, not by the clock: byte-identical too.
        assertThat(Files.readAllBytes(again.resolve("audit.xlsx")))
                .isEqualTo(Files.readAllBytes(pack.resolve("audit.xlsx")));
    }

    @Test
    void checkReportsTheExampleSchoolsOneBadRowWithItsCell() {
        CliTest.Result r = CliTest.run("check");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out())
                .contains(
                        "incidents.xlsx 'Incidents'!K804: error: Resolved (04/11/2025 14:35) is before Logged (05/11/2025 07:50)")
                .contains(
                        "1 error, 0 warnings; 1 call, 0 assets, 0 staff would be left out of the figures. Rows read: ");
    }

    @Test
    void theRefreshHeadlineSaysWhereTheShortfallLiesTruly() {
        // £837,352 of plan against £750,000 over five years: £87,352 short overall, while 2026-27 alone is
        // £305,350 short (later years have room), so the year is not said to hold "most of" the shortfall.
        assertThat(pdfText)
                .contains("against a budget of £750,000: a shortfall of £87,352 over the five years. 2026-27 alone is"
                        + " £305,350 short, and includes a backlog of 269 overdue devices (£117,200).")
                .doesNotContain("most of it in");
    }

    @Test
    void noTableOfThePackIsSplitAcrossPages() throws Exception {
        // A split table repeats its header on the next page: each header must be on one page only. The age table
        // once left its last row (Wireless access point) alone on an otherwise empty page.
        List<String> pages = pdfPages(pack.resolve("governors-pack.pdf"));
        for (String header : List.of(
                "Age in whole years", "Compared with the previous period", "Surplus or shortfall", "Over the cap by")) {
            assertThat(pages.stream().filter(p -> p.contains(header)).count())
                    .as(header)
                    .isEqualTo(1);
        }
    }

    static List<String> pdfPages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            List<String> pages = new java.util.ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(s.getText(doc));
            }
            return pages;
        }
    }

    static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(doc)
                    .replaceAll("[ \\t]+", " ")
                    .replace(" \n", "\n")
                    .replaceAll("(?<=\\S)\\n(?=\\S)", " ");
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object o) {
        return (Map<String, Object>) o;
    }
}
