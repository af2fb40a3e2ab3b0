package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

/** Any date-time to the second, written in any accepted form, reads back as itself. Seeded random cases. */
class DateRoundTripPropertyTest {
    static final List<DateTimeFormatter> FORMS = List.of(
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"),
            DateTimeFormatter.ofPattern("d/M/yyyy H:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));

    @Test
    void everyFormReadsBack() throws Exception {
        for (long seed = 1; seed <= 2_000; seed++) {
            LocalDateTime t = randomDateTime(new Random(seed));
            for (DateTimeFormatter f : FORMS) {
                String text = t.format(f);
                assertThat(DateTexts.dateTime(RawCell.text(0, text), false))
                        .as("seed %d, text %s", seed, text)
                        .isEqualTo(t);
            }
            for (boolean date1904 : new boolean[] {false, true}) {
                double serial = DateUtil.getExcelDate(t, date1904);
                assertThat(DateTexts.dateTime(RawCell.number(0, serial, false), date1904))
                        .as("seed %d, serial %s (1904: %s)", seed, serial, date1904)
                        .isEqualTo(t);
            }
        }
    }

    @Test
    void displayedDateTimesReadBack() throws Exception {
        for (long seed = 1; seed <= 2_000; seed++) {
            LocalDateTime t = randomDateTime(new Random(seed));
            String shown = RawCell.formatDateTime(t);
            assertThat(DateTexts.dateTime(RawCell.text(0, shown), false))
                    .as("seed %d, shown %s", seed, shown)
                    .isEqualTo(t);
        }
    }

    static LocalDateTime randomDateTime(Random r) {
        LocalDateTime start = LocalDateTime.of(1980, 1, 1, 0, 0);
        long seconds = (long) (r.nextDouble() * 120L * 365 * 86_400);
        // a third of cases on a whole minute or midnight, the forms people mostly type
        return switch (r.nextInt(3)) {
            case 0 -> start.plusSeconds(seconds).withSecond(0);
            case 1 -> start.plusSeconds(seconds).toLocalDate().atStartOfDay();
            default -> start.plusSeconds(seconds);
        };
    }
}
