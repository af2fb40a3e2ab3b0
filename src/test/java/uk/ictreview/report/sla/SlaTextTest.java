package uk.ictreview.report.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import uk.ictreview.analyse.sla.SlaAnalysis;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.BankHolidayRegion;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.model.Period;

class SlaTextTest {
    @Test
    void supportHoursAreWrittenAsAClockAndTheEndOfTheDayAs2400() {
        assertThat(SlaText.clock(LocalTime.of(8, 0))).isEqualTo("08:00");
        assertThat(SlaText.clock(LocalTime.of(16, 30))).isEqualTo("16:30");
        assertThat(SlaText.clock(LocalTime.MAX)).isEqualTo("24:00");
    }

    @Test
    void aPeriodIn2016CountsItsBankHolidaysByTheStatutoryRules() {
        // Bank holidays are computed for any year now: no note that they are unknown, and the clock names the rule.
        var in2016 = new Period(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 5, 31));
        var r = SlaAnalysis.analyse(
                IncidentLog.empty(), in2016, BankHolidayRegion.ENGLAND_AND_WALES, false, AssetRegister.empty());
        assertThat(String.join("\n", SlaText.methodNotes(r, java.math.BigDecimal.valueOf(90))))
                .doesNotContain("built in for")
                .contains("the bank holidays of England and Wales (computed for every year by the statutory rules)");
    }
}
