package uk.ictreview.report.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.analyse.sla.SlaAnalysis;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.CallType;
import uk.ictreview.model.Incident;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.model.Period;
import uk.ictreview.model.Priority;
import uk.ictreview.report.csv.CsvTable;

class SlaCallsCsvTest {
    @Test
    void anOpenCallHasNoResolutionTimeOnlyItsTimeSoFar() {
        // Period Mon 04/05/2026 - Fri 08/05/2026; 04/05 is the early May bank holiday. Default hours 08:00-16:30.
        // A: logged Tue 05/05 09:00, resolved 11:00: 120 support minutes.
        // B: logged Fri 08/05 15:30, still open at the period end (midnight after 08/05): 60 minutes so far.
        Incident a = call("A", LocalDateTime.of(2026, 5, 5, 9, 0), LocalDateTime.of(2026, 5, 5, 11, 0));
        Incident b = call("B", LocalDateTime.of(2026, 5, 8, 15, 30), null);
        IncidentLog log = new IncidentLog(List.of(a, b), List.of(), List.of(), List.of(), List.of(), false);
        var r = SlaAnalysis.analyse(
                log,
                new Period(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8)),
                BankHolidayRegion.ENGLAND_AND_WALES,
                false,
                AssetRegister.empty());
        CsvTable t = SlaTables.calls("sla-calls", r.current().verdicts());
        int min = t.headers().indexOf("Resolution (support min)");
        int soFar = t.headers().indexOf("Open so far (support min)");
        List<String> rowA = t.rows().stream()
                .filter(row -> row.get(0).equals("A"))
                .findFirst()
                .orElseThrow();
        List<String> rowB = t.rows().stream()
                .filter(row -> row.get(0).equals("B"))
                .findFirst()
                .orElseThrow();
        assertThat(rowA.get(min)).isEqualTo("120");
        assertThat(rowA.get(soFar)).isEmpty();
        assertThat(rowB.get(min)).isEmpty();
        assertThat(rowB.get(soFar)).isEqualTo("60");
    }

    private static Incident call(String ref, LocalDateTime logged, LocalDateTime resolved) {
        return new Incident(
                ref,
                logged,
                Priority.P3,
                "Printing",
                CallType.INCIDENT,
                null,
                null,
                null,
                null,
                null,
                resolved,
                0,
                null,
                null,
                null);
    }
}
