package uk.ictreview.analyse.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.model.Incident;
import uk.ictreview.model.Period;

class WeeklyVolumeTest {
  private static List<Incident> calls(String... mondaysAndCounts) {
    List<Incident> out = new ArrayList<>();
    for (int i = 0; i < mondaysAndCounts.length; i += 2) {
      for (int n = Integer.parseInt(mondaysAndCounts[i + 1]); n > 0; n--) {
        out.add(Call.of("W" + i + "-" + n, mondaysAndCounts[i] + "T10:00").build());
      }
    }
    return out;
  }

  @Test
  void partWeeksShownButLeftOutOfTheTrend() {
    // Thu 1 Jan to Sun 1 Feb 2026: weeks of 29 Dec (part: Thu-Sun), 5, 12, 19, 26 Jan (whole).
    // Whole weeks x = 1..4, y = 2, 3, 7, 8: Sxy = 11, Sxx = 5, slope 2.2; residuals 0.3, -0.9, 0.9, -0.3,
    // SSE 1.8, se = sqrt(0.9 / 5) = 0.4243, t = 5.19 on 2 df: p = 0.035 < 0.05, significant.
    Period p = new Period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-01"));
    WeeklyVolume w = WeeklyVolume.of(calls("2026-01-02", "9", "2026-01-05", "2", "2026-01-13", "3",
        "2026-01-19", "7", "2026-02-01", "8"), p);
    assertThat(w.weeks()).extracting(WeeklyVolume.Week::calls).containsExactly(9, 2, 3, 7, 8);
    assertThat(w.weeks()).extracting(WeeklyVolume.Week::whole).containsExactly(false, true, true, true, true);
    assertThat(w.slopePerWeek()).isEqualByComparingTo("2.20");
    assertThat(w.pValue()).isBetween(0.034, 0.036);
    assertThat(w.significant()).isTrue();
    // Trend line at week 1: mean 5 + 2.2 x (1 - 2.5) = 1.7.
    assertThat(w.trendAt(1)).isCloseTo(1.7, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void noTrendWithFewerThanThreeWholeWeeks() {
    // Wed 4 to Sun 22 Mar 2026: part week of 2 Mar, whole weeks of 9 and 16 Mar: only two.
    WeeklyVolume w = WeeklyVolume.of(calls("2026-03-04", "1", "2026-03-10", "4"),
        new Period(LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-22")));
    assertThat(w.weeks()).hasSize(3);
    assertThat(w.hasTrend()).isFalse();
    assertThat(w.slopePerWeek()).isNull();
    assertThat(w.trendAt(0)).isNaN();
  }
}
