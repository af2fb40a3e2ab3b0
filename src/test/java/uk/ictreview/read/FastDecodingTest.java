package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Random;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

/** The intake's arithmetic decoders give exactly what the library routines they stand in for give. */
class FastDecodingTest {
    @Test
    void numbersParseAsDoubleParseDoubleDoes() {
        Random r = new Random(42);
        String[] fixed = {
            "0",
            "-0",
            "1.",
            "0.1",
            "46023.395833333336",
            "1e5",
            "  7 ",
            "123456789012345",
            "1234567890123456",
            "0.30000000000000004",
            "-12.5",
            "000123.4500"
        };
        for (String s : fixed) {
            assertThat(XlsxNumbers.parse(s.toCharArray(), s.length())).as(s).isEqualTo(Double.parseDouble(s));
        }
        for (int i = 0; i < 100_000; i++) {
            String s = Double.toString(r.nextDouble() * Math.pow(10, r.nextInt(12)));
            if (r.nextBoolean()) {
                s = s.substring(0, Math.max(1, r.nextInt(s.length() + 1))); // shorter decimals too
            }
            if (s.endsWith(".") || s.contains("E")) {
                continue;
            }
            assertThat(XlsxNumbers.parse(s.toCharArray(), s.length())).as(s).isEqualTo(Double.parseDouble(s));
        }
    }

    @Test
    void dateSerialsDecodeAsPoiDecodesThem() {
        Random r = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            boolean date1904 = r.nextInt(10) == 0;
            // whole seconds (as cells hold them), and now and then any fraction at all
            double serial = r.nextInt(10) == 0
                    ? r.nextDouble() * 80_000
                    : 20_000 + r.nextInt(60_000) + r.nextInt(86_400) / 86_400.0;
            LocalDateTime poi = DateUtil.getLocalDateTime(serial, date1904, true);
            assertThat(XlsxDates.dateTime(serial, date1904)).as("%s", serial).isEqualTo(poi);
            String text = Double.toString(serial);
            LocalDateTime digits = XlsxDates.fromDigits(text.toCharArray(), text.length(), date1904);
            if (digits != null) {
                assertThat(digits).as(text).isEqualTo(poi);
            }
        }
        // serial 60 is Excel's 29/02/1900, read by POI as 01/03/1900; 61 is 01/03/1900 too
        assertThat(XlsxDates.dateTime(59.5, false)).isEqualTo(DateUtil.getLocalDateTime(59.5, false, true));
        assertThat(XlsxDates.dateTime(61.25, false)).isEqualTo(DateUtil.getLocalDateTime(61.25, false, true));
        // exactly half a second past 12:00 is left to POI (rounds up to 12:00:01)
        double half = 46_000.5 + 0.5 / 86_400;
        assertThat(XlsxDates.dateTime(half, false)).isEqualTo(DateUtil.getLocalDateTime(half, false, true));
    }

    @Test
    void ukDateTimesReadAsTheirPatternsDo() throws Exception {
        assertThat(UkDateTimes.quick("04/09/2026 09:00")).isEqualTo(LocalDateTime.of(2026, 9, 4, 9, 0));
        assertThat(UkDateTimes.quick("04/09/2026 09:00:30")).isEqualTo(LocalDateTime.of(2026, 9, 4, 9, 0, 30));
        assertThat(UkDateTimes.quick("04/09/2026")).isEqualTo(LocalDateTime.of(2026, 9, 4, 0, 0));
        // what it does not take, DateTexts reads or refuses with its own message
        for (String s : new String[] {
            "4/09/2026",
            "31/02/2026",
            "04/09/20x6",
            "04/13/2026 09:00",
            "04/09/2026T09:00",
            "04/09/2026  09:00",
            "2026-09-04",
            "04/09/2026 25:00"
        }) {
            assertThat(UkDateTimes.quick(s)).as(s).isNull();
        }
        Random r = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String s = String.format(
                    "%02d/%02d/%04d %02d:%02d:%02d",
                    r.nextInt(33), r.nextInt(14), 1990 + r.nextInt(60), r.nextInt(26), r.nextInt(61), r.nextInt(61));
            LocalDateTime quick = UkDateTimes.quick(s);
            LocalDateTime full;
            try {
                full = DateTexts.parse(s);
            } catch (BadValue e) {
                full = null;
            }
            assertThat(quick).as(s).isEqualTo(full);
        }
    }
}
