package uk.ictreview.report.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.ictreview.analyse.refresh.RefreshAnalysis;
import uk.ictreview.analyse.refresh.RefreshResult;
import uk.ictreview.model.AssetRegister;

/**
 * A school whose asset register is empty: no chart with a £0 / -£0 axis, no table of headers only, but a sentence
 * saying why there is nothing to show (rules-report.md, "Nothing to chart").
 */
class NothingToChartTest {
    static RefreshResult noAssets() {
        return RefreshAnalysis.analyse(
                AssetRegister.empty(), LocalDate.of(2026, 7, 22), Month.APRIL, 5, List.of(), new BigDecimal("1.5"));
    }

    @Test
    void anEmptyRegisterIsSaidInWordsNotDrawn() throws Exception {
        RefreshSection s = RefreshSection.of(noAssets());
        assertThat(s.hasCosts()).isFalse();
        assertThat(s.hasDevices()).isFalse();
        assertThat(s.noCostSentence())
                .isEqualTo(
                        "The asset register lists no device in use, spare or in repair, so nothing falls due over the"
                                + " next five years (2026-27 to 2030-31) and there is no cost to chart.");
        for (boolean pdf : new boolean[] {true, false}) {
            String html = RefreshTemplateTest.render(s, pdf);
            RefreshTemplateTest.assertWellFormed(html);
            Document d = Jsoup.parse(html);
            assertThat(d.select("svg")).as("pdf=" + pdf).isEmpty();
            assertThat(d.select("#refresh-years, #refresh-types, #refresh-smoothed, #refresh-age"))
                    .isEmpty();
            assertThat(d.getElementById("refresh-no-cost").text()).isEqualTo(s.noCostSentence());
            assertThat(d.getElementById("refresh-no-devices").text())
                    .startsWith("The asset register lists no device")
                    .endsWith("so there is no age profile or book value to show.");
            // Every table left has a row under its headers.
            d.select("table").forEach(t -> assertThat(t.select("tbody tr")).isNotEmpty());
        }
    }

    @Test
    void aRegisterWithDevicesStillDrawsItsCharts() throws Exception {
        RefreshSection s = RefreshSection.of(RefreshSectionTest.shortfall());
        assertThat(s.hasCosts()).isTrue();
        assertThat(s.hasDevices()).isTrue();
        Document d = Jsoup.parse(RefreshTemplateTest.render(s, false));
        assertThat(d.select("svg")).hasSize(2);
        assertThat(d.getElementById("refresh-no-cost")).isNull();
        assertThat(d.getElementById("refresh-no-devices")).isNull();
    }
}
