package uk.ictreview.report.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.analyse.sla.SlaAnalysis;
import uk.ictreview.analyse.sla.SlaAnalysisTest;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.CallType;
import uk.ictreview.model.Incident;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.model.Priority;
import uk.ictreview.model.RowRef;
import uk.ictreview.report.SectionPages;
import uk.ictreview.report.csv.CsvTable;

/**
 * A trust-sized period: the page lists the first {@value SlaSection#LISTED_AT_MOST} breached calls and says where
 * the rest are; the CSV files hold every one.
 */
class SlaListCapTest {
    /** 1,001 P1 calls on LAP-001, each resolved two days later: 16 support hours against a 4-hour target. */
    private static SlaSection section() {
        List<Incident> calls = new ArrayList<>();
        for (int i = 1; i <= 1001; i++) {
            calls.add(new Incident(
                    String.format("C%04d", i),
                    LocalDateTime.parse("2026-03-02T09:00"),
                    Priority.P1,
                    "Network",
                    CallType.INCIDENT,
                    null,
                    "Library",
                    null,
                    "LAP-001",
                    LocalDateTime.parse("2026-03-02T09:30"),
                    LocalDateTime.parse("2026-03-04T09:00"),
                    0,
                    null,
                    null,
                    new RowRef("incidents.xlsx", "Incidents", i + 1)));
        }
        return SlaSection.of(SlaAnalysis.analyse(
                new IncidentLog(calls, List.of(), List.of(), List.of(), List.of(), false),
                SlaAnalysisTest.MARCH,
                BankHolidayRegion.ENGLAND_AND_WALES,
                false,
                SlaAnalysisTest.register()));
    }

    @Test
    void thePageListsTheFirstThousandBreachesAndTheCsvEveryOne() throws Exception {
        SlaSection s = section();
        assertThat(s.breaches()).hasSize(1000);
        assertThat(s.breaches().get(0).ref()).isEqualTo("C0001");
        assertThat(s.breaches().get(999).ref()).isEqualTo("C1000");
        assertThat(s.breachesCut())
                .isEqualTo("The first 1,000 of the 1,001 breached calls, in log order, are listed here;"
                        + " sla-breached-calls.csv, beside this page, holds every one.");
        CsvTable csv = s.tables().stream()
                .filter(t -> t.name().equals("sla-breached-calls"))
                .findFirst()
                .orElseThrow();
        assertThat(csv.rows()).hasSize(1001);
        assertThat(csv.rows().get(1000).get(0)).isEqualTo("C1001");
        String html = SectionPages.render(s, false);
        assertThat(html).contains("id=\"sla-breached-calls-cut\"").contains("1,001 breached calls");
        // 1,000 breach rows on the page (C0001 to C1000), so 1,001 pieces around them
        assertThat(html.split("<td class=\"ref\">C", -1).length).isEqualTo(1001);
        assertThat(html).doesNotContain("C1001");
    }

    @Test
    void anAssetsRefsStopAtFiftyOnThePage() {
        SlaSection s = section();
        // one asset, so the candidate list itself is not cut
        assertThat(s.candidatesCut()).isEmpty();
        String refs = s.candidates().get(0).refs();
        // C0001 to C0050 shown; 1,001 - 50 = 951 more
        assertThat(refs)
                .startsWith("C0001, C0002, ")
                .endsWith("C0049, C0050 and 951 more (every one in sla-candidate-problems.csv)");
        assertThat(SlaRows.CandidateRow.refs(List.of("A", "B"))).isEqualTo("A, B");
    }

    @Test
    void aSchoolSizedListIsNotCut() {
        SlaSection s = SlaSection.of(SlaAnalysisTest.result());
        assertThat(s.breachesCut()).isEmpty();
        assertThat(s.candidatesCut()).isEmpty();
    }
}
