package uk.ictreview.analyse.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * The arithmetic the report shows, each reproducible in Excel: percentages to one decimal (HALF_UP), hours
 * from minutes to one decimal, {@code MEDIAN} and {@code PERCENTILE.INC} (Commons Math's R_7 estimate), and
 * the 95% Wilson score interval.
 */
public final class Stats {
    private Stats() {}

    /** 100 x part / whole to one decimal, or null when {@code whole} is 0. */
    public static BigDecimal pct(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** Support minutes as hours to one decimal. */
    public static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    /** The 95% Wilson score interval of met / n as percentages {low, high} to one decimal, or null when n = 0. */
    public static BigDecimal[] wilson(int met, int n) {
        if (n == 0) {
            return null;
        }
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval(n, met, 0.95);
        return new BigDecimal[] {round1(ci.getLowerBound() * 100), round1(ci.getUpperBound() * 100)};
    }

    /**
     * Excel's {@code PERCENTILE.INC(range, p/100)} of support minutes, in hours to one decimal (computed on the
     * unrounded hours), or null for no values. p = 50 is {@code MEDIAN}.
     */
    public static BigDecimal percentileHours(List<Long> minutes, double p) {
        if (minutes.isEmpty()) {
            return null;
        }
        double[] h = minutes.stream().mapToDouble(m -> m / 60.0).toArray();
        double v = new Percentile().withEstimationType(EstimationType.R_7).evaluate(h, p);
        return round1(v);
    }

    static BigDecimal round1(double v) {
        return round(v, 1);
    }

    /**
     * A computed double to {@code places} decimals, HALF_UP, as Excel shows it. The double is first rounded to 10
     * places: PERCENTILE.INC of 1.0 and 8.5 at 0.9 is exactly 7.75, but the double holds 7.749999999999999,
     * which straight to one decimal gives 7.7 where Excel (working to 15 significant digits) shows 7.8.
     */
    static BigDecimal round(double v, int places) {
        return BigDecimal.valueOf(v).setScale(10, RoundingMode.HALF_UP).setScale(places, RoundingMode.HALF_UP);
    }
}
