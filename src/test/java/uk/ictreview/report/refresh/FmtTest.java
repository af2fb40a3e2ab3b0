package uk.ictreview.report.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Money in sentences (whole pounds), in tables (pence) and on chart labels (short form). */
class FmtTest {
    private static BigDecimal gbp(String s) {
        return new BigDecimal(s);
    }

    @Test
    void sentencesRoundToTheWholePoundHalfUp() {
        assertThat(Fmt.pounds(gbp("641018.15"))).isEqualTo("£641,018");
        assertThat(Fmt.pounds(gbp("341018.50"))).isEqualTo("£341,019");
        assertThat(Fmt.pounds(gbp("1.49"))).isEqualTo("£1");
        assertThat(Fmt.pounds(gbp("-1706.55"))).isEqualTo("-£1,707");
        assertThat(Fmt.pounds(null)).isEqualTo("\u2013");
    }

    @Test
    void anAmountUnderAPoundKeepsItsPence() {
        // 40p rounded to the pound would read "£0", which is not what it is.
        assertThat(Fmt.pounds(gbp("0.40"))).isEqualTo("£0.40");
        assertThat(Fmt.pounds(gbp("0"))).isEqualTo("£0.00");
    }

    @Test
    void theLevelBudgetIsRoundedUpSoThatItStillFundsThePlan() {
        // 5 x £128,203 = £641,015 < £641,017.00; 5 x £128,204 = £641,020 covers it.
        assertThat(Fmt.poundsUp(gbp("128203.40"))).isEqualTo("£128,204");
        assertThat(Fmt.poundsUp(gbp("120.00"))).isEqualTo("£120");
    }

    @Test
    void tablesKeepThePence() {
        assertThat(Fmt.money(gbp("641018.15"))).isEqualTo("£641,018.15");
        assertThat(Fmt.money(gbp("-392850"))).isEqualTo("-£392,850.00");
    }

    @Test
    void chartLabelsAreShort() {
        assertThat(Fmt.shortMoney(gbp("452850.00"))).isEqualTo("£453k");
        assertThat(Fmt.shortMoney(gbp("59864.00"))).isEqualTo("£60k");
        assertThat(Fmt.shortMoney(gbp("5244.00"))).isEqualTo("£5.2k");
        assertThat(Fmt.shortMoney(gbp("1000.00"))).isEqualTo("£1k");
        assertThat(Fmt.shortMoney(gbp("949.50"))).isEqualTo("£950");
        assertThat(Fmt.shortMoney(gbp("1250000"))).isEqualTo("£1.3m");
    }

    @Test
    void countsAndListsReadAsEnglish() {
        assertThat(Fmt.count(1480, "device-year", "device-years")).isEqualTo("1,480 device-years");
        assertThat(Fmt.count(1, "device", "devices")).isEqualTo("1 device");
        assertThat(Fmt.and(List.of("2028-29"))).isEqualTo("2028-29");
        assertThat(Fmt.and(List.of("2028-29", "2029-30", "2030-31"))).isEqualTo("2028-29, 2029-30 and 2030-31");
    }
}
