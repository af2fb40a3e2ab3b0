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
    void aPeriodOutsideTheBuiltInBankHolidaysIsSaidInTheMethodNotes() {
        var in2016 = new Period(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 5, 31));
        var r = SlaAnalysis.analyse(
                IncidentLog.empty(), in2016, BankHolidayRegion.ENGLAND_AND_WALES, false, AssetRegister.empty());
        assertThat(SlaText.bankHolidaysUnknown(r))
                .startsWith(
                        "Service levels: bank holidays are built in for 2018-2030 only. Part of the period (01/03/2016 to "
                                + "31/05/2016) lies outside those years");
        var none =
                SlaAnalysis.analyse(IncidentLog.empty(), in2016, BankHolidayRegion.NONE, false, AssetRegister.empty());
        assertThat(SlaText.bankHolidaysUnknown(none)).isEmpty();
        var in2026 = new Period(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 22));
        var inside = SlaAnalysis.analyse(
                IncidentLog.empty(), in2026, BankHolidayRegion.SCOTLAND, false, AssetRegister.empty());
        assertThat(SlaText.bankHolidaysUnknown(inside)).isEmpty();
    }
}
