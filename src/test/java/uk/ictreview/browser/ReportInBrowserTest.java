package uk.ictreview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import uk.ictreview.app.Main;

/**
 * The example school's index.html in a real browser, at a phone's width (390 px) and a desktop's (1280 px), as the
 * technician and the business manager read it (issue 12): the figures that matter on screen without sideways
 * scrolling, chart text large enough to read, the folded detail tables opening, printing to PDF, and no serious or
 * critical accessibility fault found by axe-core.
 */
class ReportInBrowserTest {
    /**
     * The columns a reader needs at a glance, by table id and header text: what each table is for (the row's name
     * and its verdict or shortfall). Other columns may fold away or wrap on a phone; these may not.
     */
    static final Map<String, List<String>> KEY_COLUMNS = Map.of(
            "sla-by-priority", List.of("Priority", "Resolved within target", "Responded within target"),
            "sla-comparison", List.of("This period", "Change"),
            "refresh-years", List.of("Financial year", "Budget", "Surplus or shortfall"),
            "refresh-smoothed", List.of("Financial year", "Over the cap by"),
            "skills-coverage", List.of("Skill", "Covered"));

    /** The smallest chart text a reader can take in, in CSS pixels as drawn on the page. */
    static final double MIN_CHART_TEXT_PX = 9.0;

    @TempDir
    static Path tmp;

    static Path page;

    private ChromeDriver driver;

    @BeforeAll
    static void buildTheExample() throws IOException {
        Chromium.assumeInstalled();
        Path out = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-07-24T10:00:00Z"), ZoneId.of("Europe/London")),
                "build",
                "--out",
                out.toString());
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(1); // the example's one bad row
        try (Stream<Path> s = Files.walk(out)) {
            page = s.filter(p -> p.endsWith("index.html")).findFirst().orElseThrow();
        }
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private ChromeDriver open(int width) throws IOException {
        driver = Chromium.start(width, tmp);
        driver.get(page.toUri().toString());
        return driver;
    }

    @Test
    void onAPhoneTheKeyColumnsAreOnScreenWithoutSidewaysScrolling() throws IOException {
        ChromeDriver d = open(390);
        Object pageWidth = d.executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) pageWidth).intValue())
                .as("the page's own width at 390 px")
                .isLessThanOrEqualTo(390);
        for (var table : KEY_COLUMNS.entrySet()) {
            for (String header : table.getValue()) {
                // the header cell's box, cut by every ancestor that clips or scrolls sideways, must be whole and on
                // screen: a column scrolled out of its box is as hidden as one off the page
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) d.executeScript(
                        """
                        const t = document.getElementById(arguments[0]);
                        if (!t) return {missing: 'table'};
                        const th = [...t.querySelectorAll('thead th')]
                            .find(c => c.innerText.replace(/\\s+/g, ' ').trim().startsWith(arguments[1]));
                        if (!th) return {missing: 'column'};
                        const b = th.getBoundingClientRect();
                        let left = 0, right = window.innerWidth;
                        for (let e = th.parentElement; e; e = e.parentElement) {
                          const s = getComputedStyle(e);
                          if (s.overflowX !== 'visible') {
                            const eb = e.getBoundingClientRect();
                            left = Math.max(left, eb.left); right = Math.min(right, eb.right);
                          }
                        }
                        return {left: b.left, right: b.right, width: b.width, visLeft: left, visRight: right,
                                shown: th.offsetParent !== null};
                        """,
                        table.getKey(),
                        header);
                String what = "#" + table.getKey() + " column '" + header + "' at 390 px: " + r;
                assertThat(r).as(what).doesNotContainKey("missing");
                assertThat(r.get("shown")).as(what).isEqualTo(true);
                double left = ((Number) r.get("left")).doubleValue();
                double right = ((Number) r.get("right")).doubleValue();
                assertThat(left).as(what).isGreaterThanOrEqualTo(((Number) r.get("visLeft")).doubleValue() - 1);
                assertThat(right).as(what).isLessThanOrEqualTo(((Number) r.get("visRight")).doubleValue() + 1);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void chartTextIsDrawnAtNinePixelsOrMore(int width) throws IOException {
        ChromeDriver d = open(width);
        // the font size as drawn: the text's own size times the scale its SVG is drawn at on the page
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> texts = (List<Map<String, Object>>)
                d.executeScript(
                        """
                return [...document.querySelectorAll('svg text')].filter(t => t.getBBox().width > 0).map(t => {
                  const m = t.getScreenCTM();
                  const px = parseFloat(getComputedStyle(t).fontSize) * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
                  const svg = t.ownerSVGElement;
                  const fig = svg.closest('[id]');
                  return {px: px, text: t.textContent, chart: fig ? fig.id : svg.getAttribute('aria-label')};
                });
                """);
        assertThat(texts).as("charts with text on the page").isNotEmpty();
        List<String> small = texts.stream()
                .filter(t -> ((Number) t.get("px")).doubleValue() < MIN_CHART_TEXT_PX - 0.05)
                .map(t -> t.get("chart") + ": '" + t.get("text") + "' at "
                        + String.format(java.util.Locale.UK, "%.1f", ((Number) t.get("px")).doubleValue()) + " px")
                .toList();
        assertThat(small)
                .as("chart text under " + MIN_CHART_TEXT_PX + " px at " + width + " px wide")
                .isEmpty();
    }

    @Test
    void theFoldedDetailTablesOpen() throws IOException {
        ChromeDriver d = open(390);
        List<WebElement> folded = d.findElements(By.cssSelector("details:not([open])"));
        assertThat(folded).as("folded detail tables in the example").isNotEmpty();
        for (WebElement details : folded) {
            WebElement summary = details.findElement(By.tagName("summary"));
            d.executeScript("arguments[0].scrollIntoView()", summary);
            summary.click();
            assertThat(details.getDomAttribute("open")).as(summary.getText()).isNotNull();
            WebElement table = details.findElement(By.tagName("table"));
            assertThat(table.isDisplayed())
                    .as(summary.getText() + " shows its table")
                    .isTrue();
            assertThat(table.getRect().getHeight()).as(summary.getText()).isPositive();
        }
    }

    @Test
    void printingToPdfWorks() throws IOException {
        ChromeDriver d = open(1280);
        PrintOptions options = new PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0)); // A4, in cm
        byte[] pdf = Base64.getDecoder().decode(d.print(options).getContent());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).as("printed pages").isGreaterThan(5);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Hollowmere Academy", "Service levels", "Refresh budget");
        }
    }

    /** At a phone's width, the harder case; colour, names and headers do not change with the width. */
    @Test
    void axeFindsNoSeriousOrCriticalAccessibilityFault() throws IOException {
        int width = 390;
        ChromeDriver d = open(width);
        // axe walks every node of a long page (thousands of detail rows): on a busy machine that takes a while
        d.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(5));
        Results results = new AxeBuilder().setTimeout(300).analyze(d);
        assertThat(results.getErrorMessage()).as("axe ran").isNull();
        List<String> faults = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(ReportInBrowserTest::describe)
                .toList();
        assertThat(faults)
                .as("serious or critical axe-core violations at " + width + " px")
                .isEmpty();
    }

    private static String describe(Rule v) {
        return v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream()
                        .limit(5)
                        .map(n -> n.getTarget().toString())
                        .toList()
                + (v.getNodes().size() > 5 ? " and " + (v.getNodes().size() - 5) + " more" : "");
    }
}
