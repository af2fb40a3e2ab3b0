package uk.ictreview.report.sla;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import uk.ictreview.analyse.sla.Stats;

/** How the section shows figures: one decimal for hours and percentages, dates dd/mm/yyyy, a dash for none. */
final class Fmt {
    static final String NONE = "–";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Fmt() {}

    static String pct(BigDecimal p) {
        return p == null ? NONE : p.toPlainString() + "%";
    }

    static String num(BigDecimal n) {
        return n == null ? NONE : n.toPlainString();
    }

    static String csv(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    static String hours(long minutes) {
        return Stats.hours(minutes).toPlainString();
    }

    static String date(LocalDate d) {
        return d == null ? NONE : d.format(DATE);
    }

    static String dateTime(LocalDateTime t) {
        return t == null ? NONE : t.format(DATE_TIME);
    }

    /** "52.9–97.8%" (compact enough for a narrow table column), or a dash. */
    static String interval(BigDecimal low, BigDecimal high) {
        return low == null ? NONE : low.toPlainString() + "–" + high.toPlainString() + "%";
    }

    /** "1 call", "3 calls", "1,271 calls". */
    static String count(long n, String singular, String plural) {
        return n(n) + " " + (n == 1 ? singular : plural);
    }

    /** A count in a sentence or table, grouped in the UK style: "1,271". CSV and JSON keep plain numbers. */
    static String n(long n) {
        return String.format(java.util.Locale.UK, "%,d", n);
    }
}
