package uk.ictreview.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.report.charts.ChartRenderer;
import uk.ictreview.report.pdf.PdfReport;

/**
 * The warm-up run on the spare core as a build starts: it lays out a real pack of made-up content, and a build
 * writes the same bytes beside the warm-up (the first build in a JVM starts it), after it, and beside a second run
 * of it. A build without any warm-up was compared with the jar from before it, byte for byte (docs/performance.md).
 */
class WarmUpTest {
    @Test
    void layOutAPackOfTheSampleContentWithTheBundledFonts(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("warm-up.pdf");
        Files.write(pdf, PdfReport.warmUp(ChartRenderer.sample()));
        List<String> pages = PackTest.pdfPages(pdf);
        // the cover, the contents, then the section (each starts its own page, as in the pack)
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).contains("GOVERNORS' PACK", "Review");
        assertThat(pages.get(1)).contains("Contents", "Page 2 of 3").containsPattern("Section +\\.{20,} 3");
        assertThat(pages.get(2)).contains("Part", "£12,345", "Small print.", "Page 3 of 3");
        assertThat(pages.get(2).split("Priority 1", -1)).hasSize(13); // the 12 table rows
    }

    @Test
    void theSampleChartIsDrawnAsAnSvgWithItsTitle() {
        String svg = ChartRenderer.svg(ChartRenderer.sample());
        assertThat(svg).startsWith("<svg").contains("<title id=\"chart-warm-up-title\">A sample chart</title>");
    }

    @Test
    void aBuildWritesTheSameBytesAfterAndBesideTheWarmUp(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        assertThat(CliTest.run("build", "--out", first.toString()).code()).isEqualTo(ExitCode.WARNINGS);
        WarmUp.run();
        Path after = dir.resolve("after");
        assertThat(CliTest.run("build", "--out", after.toString()).code()).isEqualTo(ExitCode.WARNINGS);
        Thread beside = new Thread(WarmUp::run);
        beside.start();
        Path during = dir.resolve("during");
        assertThat(CliTest.run("build", "--out", during.toString()).code()).isEqualTo(ExitCode.WARNINGS);
        beside.join();
        String sums = CliTest.checksums(first);
        assertThat(sums).contains("governors-pack.pdf", "audit.xlsx", "index.html");
        assertThat(CliTest.checksums(after)).isEqualTo(sums);
        assertThat(CliTest.checksums(during)).isEqualTo(sums);
    }
}
