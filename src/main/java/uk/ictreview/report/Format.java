package uk.ictreview.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.ictreview.analyse.sla.Stats;

/**
 * The one formatter of the report: every section, the trust page and the CSV files write money, percentages, FTE,
 * dates, counts and lists through it, so a figure reads the same wherever it appears (docs/rules-report.md,
 * "Formats"). Display values use a dash for none; CSV and JSON values are plain numbers, empty (or null) for none.
 */
public final class Format {
    /** What a table cell or sentence shows for a figure that does not exist: an en dash. */
    public static final String NONE = "\u2013";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final List<String> WORDS =
            List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private Format() {}

    /** {@code £1,234.56}; a negative amount as {@code -£1,234.56}; none as a dash. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return NONE;
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return signed(amount, f.format(amount.abs().setScale(2, RoundingMode.HALF_UP)));
    }

    /**
     * Money in a sentence: whole pounds, half-up ({@code £641,018}); tables, figures.json and the CSV files keep the
     * pence. An amount that would round to £0 keeps its pence, so a gap of 40p never reads as "£0"; nothing is "£0".
     */
    public static String pounds(BigDecimal amount) {
        return wholePounds(amount, RoundingMode.HALF_UP);
    }

    /** Whole pounds rounded up: for an amount that must still fund what it is set against (the level budget). */
    public static String poundsUp(BigDecimal amount) {
        return wholePounds(amount, RoundingMode.CEILING);
    }

    private static String wholePounds(BigDecimal amount, RoundingMode mode) {
        if (amount == null || amount.signum() != 0 && amount.abs().compareTo(BigDecimal.ONE) < 0) {
            return money(amount);
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        return signed(amount, f.format(amount.abs().setScale(0, mode)));
    }

    private static String signed(BigDecimal amount, String digits) {
        return (amount.signum() < 0 ? "-\u00a3" : "\u00a3") + digits;
    }

    /**
     * A chart label: {@code £453k} from £10,000 (whole thousands, half-up), {@code £9.5k} from £1,000, {@code £950}
     * below, {@code £1.2m} from a million.
     */
    public static String shortMoney(BigDecimal amount) {
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
        return signed(amount, s);
    }

    /** Money for figures.json: to the penny, half-up ({@code 1234.56}); null for none. */
    public static BigDecimal pence(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Money for a CSV cell: {@code 1234.56}, empty for none. */
    public static String csvPence(BigDecimal amount) {
        return amount == null ? "" : pence(amount).toPlainString();
    }

    /** A figure for a CSV cell as computed ({@code 87.5}), empty for none. */
    public static String plain(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    /** A figure in a table as computed ({@code 12.5}), or a dash. */
    public static String num(BigDecimal n) {
        return n == null ? NONE : n.toPlainString();
    }

    /** {@code 87.5%} (the analysis rounds to one decimal), or a dash. */
    public static String pct(BigDecimal p) {
        return p == null ? NONE : p.toPlainString() + "%";
    }

    /** part / whole as a percentage to one decimal, exact (half up): 1 of 8 -> "12.5"; "0.0" when whole is 0. */
    public static String share(int part, int whole) {
        if (whole == 0) {
            return "0.0";
        }
        return BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** "52.9–97.8%" (compact enough for a narrow table column), or a dash. */
    public static String interval(BigDecimal low, BigDecimal high) {
        return low == null ? NONE : low.toPlainString() + "\u2013" + high.toPlainString() + "%";
    }

    /** A test's p-value to three decimals ({@code 0.012}), or {@code < 0.001} when it rounds to nothing. */
    public static String pValue(double p) {
        return p < 0.0005
                ? "< 0.001"
                : BigDecimal.valueOf(p).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    /** A test statistic to two decimals, signed when negative ({@code 2.52}, {@code -1.07}). */
    public static String statistic(double z) {
        return BigDecimal.valueOf(z).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Support minutes as hours to one decimal: 90 -> "1.5". */
    public static String hours(long minutes) {
        return Stats.hours(minutes).toPlainString();
    }

    /** A ratio to one decimal, half-up ({@code 112.4} devices per FTE), or a dash. */
    public static String oneDecimal(BigDecimal n) {
        return n == null ? NONE : n.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** An FTE as given, to at least one decimal and never rounded: 1 -> "1.0", 0.75 -> "0.75"; none as a dash. */
    public static String fte(BigDecimal fte) {
        return fte == null ? NONE : fteValue(fte).toPlainString();
    }

    /** The FTE for figures.json, as {@link #fte} writes it (0.75, 1.0); null for none. */
    public static BigDecimal fteValue(BigDecimal fte) {
        if (fte == null) {
            return null;
        }
        BigDecimal s = fte.stripTrailingZeros();
        return s.scale() < 1 ? s.setScale(1) : s;
    }

    /** {@code 22 July 2026}: the period and the build date in a heading. */
    public static String longDate(LocalDate d) {
        return d.format(LONG_DATE);
    }

    /** {@code 22/07/2026}, or a dash for no date. */
    public static String date(LocalDate d) {
        return d == null ? NONE : d.format(DATE);
    }

    /** {@code 22/07/2026 14:05}, or a dash. */
    public static String dateTime(LocalDateTime t) {
        return t == null ? NONE : t.format(DATE_TIME);
    }

    /** A count in a sentence or table, grouped in the UK style: "1,271". CSV and JSON keep plain numbers. */
    public static String whole(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    /** "1 call", "3 calls", "1,271 calls". */
    public static String count(long n, String singular, String plural) {
        return whole(n) + " " + (n == 1 ? singular : plural);
    }

    /** "no", "one" ... "ten", then figures ("11", "1,271"). */
    public static String words(int n) {
        return n >= 0 && n < WORDS.size() ? WORDS.get(n) : whole(n);
    }

    /**
     * "A", "A and B", "A, B and C"; when an item holds a comma itself, semicolons part them ("Smith, J; Jones, K;
     * and Lee, M") so the list still reads as one.
     */
    public static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        boolean comma = items.stream().anyMatch(n -> n.contains(","));
        String sep = comma ? "; " : ", ";
        String last = comma ? "; and " : " and ";
        return String.join(sep, items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }
}
