package uk.ictreview.report.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.EarlierPack;
import uk.ictreview.model.PackHistory;
import uk.ictreview.model.Period;
import uk.ictreview.report.SectionPages;

class HistorySectionTest {
    private static final Period AUTUMN = new Period(LocalDate.parse("2025-09-01"), LocalDate.parse("2025-12-31"));
    private static final Period SUMMER = new Period(LocalDate.parse("2026-04-13"), LocalDate.parse("2026-07-22"));

    private static final EarlierPack EARLIER = new EarlierPack(
            "2025-09-01_2025-12-31",
            AUTUMN,
            new BigDecimal("90.1"),
            new BigDecimal("87352.40"),
            22,
            new BigDecimal("16700.00"),
            4,
            12,
            2,
            6,
            16);
    private static final EarlierPack NOW = new EarlierPack(
            "this pack",
            SUMMER,
            new BigDecimal("90.4"),
            BigDecimal.ZERO,
            269,
            new BigDecimal("117200.00"),
            5,
            12,
            1,
            null,
            null);

    @Test
    void namesThePacksDrawnOnAndShowsThemBeforeThisOne() throws Exception {
        HistorySection s = new HistorySection(
                new PackHistory(
                        true,
                        List.of(EARLIER),
                        LocalDate.parse("2025-12-31"),
                        List.of("b/figures.json was left out: it is not valid JSON.")),
                NOW);
        assertThat(s.headline())
                .isEqualTo("Drawn from 1 earlier pack in the output folder: 2025-09-01_2025-12-31 (1 September 2025"
                        + " to 31 December 2025).");
        assertThat(s.rows()).extracting(HistorySection.Row::pack).containsExactly("2025-09-01_2025-12-31", "This pack");
        HistorySection.Row first = s.rows().get(0);
        assertThat(first.shortfall()).isEqualTo("£87,352.40");
        assertThat(first.overdue()).isEqualTo("22 (£16,700.00)");
        assertThat(first.skillsCovered()).isEqualTo("4 of 12");
        assertThat(first.standardsMet()).isEqualTo("6 of 16");
        // This pack judged no standards (standards: none): a dash, not "0 of 0".
        assertThat(s.rows().get(1).standardsMet()).isEqualTo("\u2013");
        assertThat(s.tables().get(0).rows().get(1))
                .containsExactly(
                        "This pack",
                        "2026-04-13",
                        "2026-07-22",
                        "90.4",
                        "0",
                        "269",
                        "117200.00",
                        "5",
                        "12",
                        "1",
                        "",
                        "");
        String html = SectionPages.render(s, false);
        assertThat(html).contains("id=\"history-packs\"", "b/figures.json was left out: it is not valid JSON.");
    }

    @Test
    void noEarlierPackOrNoFolderSaySo() {
        assertThat(new HistorySection(new PackHistory(true, List.of(), null, List.of()), NOW).headline())
                .startsWith("No earlier pack of this school is in the output folder");
        assertThat(new HistorySection(PackHistory.NOT_SEARCHED, NOW).headline())
                .startsWith("Earlier packs could not be looked for");
    }
}
