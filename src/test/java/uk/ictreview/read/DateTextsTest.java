package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-09-04|2026-09-04T00:00",
                "2026-09-04T09:00|2026-09-04T09:00",
                "2026-09-04 09:00|2026-09-04T09:00",
                "2026-09-04 09:00:30|2026-09-04T09:00:30",
                "2026-09-04T09:00:30.000|2026-09-04T09:00:30",
                "04/09/2026|2026-09-04T00:00",
                "4/9/2026|2026-09-04T00:00",
                "04/09/2026 09:00|2026-09-04T09:00",
                "04/09/2026 9:05|2026-09-04T09:05",
                "04/09/2026 09:00:59|2026-09-04T09:00:59",
                "13/02/2026|2026-02-13T00:00",
                "04/09/26|2026-09-04T00:00",
                "  04/09/2026   09:00 |2026-09-04T09:00",
                "29/02/2028|2028-02-29T00:00"
            })
    void acceptsIsoAndDayFirstText(String text, String expected) throws Exception {
        assertThat(DateTexts.dateTime(RawCell.text(0, text), false)).isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "02/13/2026",
                "31/02/2026",
                "29/02/2027",
                "04/09/2026 25:00",
                "04/09/2026 09:60",
                "2026-13-01",
                "4 Sep 2026",
                "04-09-2026",
                "yesterday",
                "04/09/026"
            })
    void refusesMonthFirstImpossibleAndOtherForms(String text) {
        assertThatThrownBy(() -> DateTexts.dateTime(RawCell.text(0, text), false))
                .isInstanceOf(BadValue.class)
                .hasMessage(DateTexts.EXPECTED_DATE);
    }

    @Test
    void realDateCellsAreTakenAsTheyAre() throws Exception {
        LocalDateTime t = LocalDateTime.of(2026, 9, 4, 9, 0);
        assertThat(DateTexts.dateTime(RawCell.dateTime(0, t), false)).isEqualTo(t);
    }

    @Test
    void serialNumbersInBothDateSystems() throws Exception {
        // 46269 is 04/09/2026 in the 1900 system (Excel: =DATE(2026,9,4) shows 46269); 0.375 of a day is 09:00
        assertThat(DateTexts.dateTime(RawCell.number(0, 46269.375, false), false))
                .isEqualTo(LocalDateTime.of(2026, 9, 4, 9, 0));
        // the 1904 system counts 1,462 days fewer for the same date
        assertThat(DateTexts.dateTime(RawCell.number(0, 46269.375 - 1462, false), true))
                .isEqualTo(LocalDateTime.of(2026, 9, 4, 9, 0));
    }

    @Test
    void smallNumbersAreNotDates() {
        assertThatThrownBy(() -> DateTexts.dateTime(RawCell.number(0, 12, false), false))
                .hasMessageContaining("not an Excel date between 1980 and 2099");
        assertThatThrownBy(() -> DateTexts.dateTime(RawCell.bool(0, true), false))
                .isInstanceOf(BadValue.class);
    }

    @Test
    void timesOfDay() throws Exception {
        assertThat(DateTexts.time(RawCell.text(0, "08:00"))).isEqualTo(LocalTime.of(8, 0));
        assertThat(DateTexts.time(RawCell.text(0, "8:00"))).isEqualTo(LocalTime.of(8, 0));
        assertThat(DateTexts.time(RawCell.text(0, "16:30:15"))).isEqualTo(LocalTime.of(16, 30, 15));
        // 16:30 is 16.5 / 24 = 0.6875 of a day
        assertThat(DateTexts.time(RawCell.number(0, 0.6875, false))).isEqualTo(LocalTime.of(16, 30));
        assertThat(DateTexts.time(RawCell.dateTime(0, LocalDateTime.of(1899, 12, 31, 8, 0))))
                .isEqualTo(LocalTime.of(8, 0));
        assertThatThrownBy(() -> DateTexts.time(RawCell.text(0, "25:00"))).hasMessage(DateTexts.EXPECTED_TIME);
        assertThatThrownBy(() -> DateTexts.time(RawCell.number(0, 1.5, false))).hasMessage(DateTexts.EXPECTED_TIME);
    }
}
