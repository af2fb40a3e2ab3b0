package uk.ictreview.report.refresh;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Display formats of the report: money {@code £1,234.56}, dates {@code dd/mm/yyyy}, counts in words. */
public final class Fmt {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> WORDS =
            List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private Fmt() {}

    /** {@code £1,234.56}; a negative amount as {@code -£1,234.56}; null as an en dash. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "\u2013";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        String s = "\u00a3" + f.format(amount.abs().setScale(2, RoundingMode.HALF_UP));
        return amount.signum() < 0 ? "-" + s : s;
    }

    /**
     * Money in a sentence: whole pounds, half-up ({@code £641,018}); tables, figures.json and the CSV files keep the
     * pence. An amount that would round to £0 keeps its pence, so a gap of 40p never reads as "£0".
     */
    public static String pounds(BigDecimal amount) {
        return wholePounds(amount, RoundingMode.HALF_UP);
    }

    /** Whole pounds rounded up: for an amount that must still fund what it is set against (the level budget). */
    static String poundsUp(BigDecimal amount) {
        return wholePounds(amount, RoundingMode.CEILING);
    }

    private static String wholePounds(BigDecimal amount, RoundingMode mode) {
        if (amount == null || amount.abs().compareTo(BigDecimal.ONE) < 0) {
            return money(amount);
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        String s = "\u00a3" + f.format(amount.abs().setScale(0, mode));
        return amount.signum() < 0 ? "-" + s : s;
    }

    /**
     * A chart label: {@code £453k} from £10,000 (whole thousands, half-up), {@code £9.5k} from £1,000, {@code £950}
     * below, {@code £1.2m} from a million.
     */
    static String shortMoney(BigDecimal amount) {
        BigDecimal a = amount.abs();
        String s;
        if (a.compareTo(new BigDecimal(1_000_000)) >= 0) {
            s = a.movePointLeft(6)
                            .setScale(1, RoundingMode.HALF_UP)
                            .stripTrailingZeros()
                            .toPlainString() + "m";
        } else if (a.compareTo(new BigDecimal(10_000)) >= 0) {
            s = a.movePointLeft(3).setScale(0, RoundingMode.HALF_UP).toPlainString() + "k";
        } else if (a.compareTo(new BigDecimal(1_000)) >= 0) {
            s = a.movePointLeft(3)
                            .setScale(1, RoundingMode.HALF_UP)
                            .stripTrailingZeros()
                            .toPlainString() + "k";
        } else {
            s = a.setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        return (amount.signum() < 0 ? "-\u00a3" : "\u00a3") + s;
    }

    /** Plain {@code 1234.56} for CSV and JSON, or empty / null. */
    static BigDecimal pence(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    static String csv(BigDecimal amount) {
        return amount == null ? "" : pence(amount).toPlainString();
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.format(DAY);
    }

    static String words(int n) {
        return n >= 0 && n < WORDS.size() ? WORDS.get(n) : String.format(Locale.UK, "%,d", n);
    }

    /** "1 device", "2 devices", "1,480 device-years". */
    static String count(int n, String singular, String plural) {
        return String.format(Locale.UK, "%,d", n) + " " + (n == 1 ? singular : plural);
    }

    /** "2028-29", "2028-29 and 2029-30", "2028-29, 2029-30 and 2030-31". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
