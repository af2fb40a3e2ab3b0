package uk.ictreview.analyse.standards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The few ways a standards sentence writes a number, a date or a list, one way everywhere. */
final class Words {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private Words() {}

    /** "1 device", "3 devices", "1,200 devices". */
    static String count(long n, String one, String many) {
        return String.format(Locale.UK, "%,d", n) + " " + (n == 1 ? one : many);
    }

    static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    static String day(LocalDate d) {
        return d.format(DAY);
    }

    /** One decimal, half up: 96.25 -> "96.3%". */
    static String pct(BigDecimal p) {
        return p.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static BigDecimal pct(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** A speed in Mbps without trailing zeros: "1,000 Mbps", "35.5 Mbps". */
    static String mbps(BigDecimal m) {
        BigDecimal s = m.stripTrailingZeros();
        String n = s.scale() <= 0 ? String.format(Locale.UK, "%,d", s.longValueExact()) : s.toPlainString();
        return n + " Mbps";
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Up to {@code max} tags, then "and N more". */
    static String tags(List<String> tags, int max) {
        if (tags.size() <= max) {
            return list(tags);
        }
        return String.join(", ", tags.subList(0, max)) + " and " + (tags.size() - max) + " more";
    }
}
