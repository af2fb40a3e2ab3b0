package uk.ictreview.report.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SlaTextClockTest {
  @Test
  void supportHoursAreWrittenAsAClockAndTheEndOfTheDayAs2400() {
    assertThat(SlaText.clock(LocalTime.of(8, 0))).isEqualTo("08:00");
    assertThat(SlaText.clock(LocalTime.of(16, 30))).isEqualTo("16:30");
    assertThat(SlaText.clock(LocalTime.MAX)).isEqualTo("24:00");
  }
}
