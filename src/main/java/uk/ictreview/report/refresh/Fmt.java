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
final class Fmt {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final List<String> WORDS =
      List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  private Fmt() {}

  /** {@code £1,234.56}; a negative amount as {@code -£1,234.56}; null as an en dash. */
  static String money(BigDecimal amount) {
    if (amount == null) {
      return "\u2013";
    }
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    String s = "\u00a3" + f.format(amount.abs().setScale(2, RoundingMode.HALF_UP));
    return amount.signum() < 0 ? "-" + s : s;
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
    return n >= 0 && n < WORDS.size() ? WORDS.get(n) : Integer.toString(n);
  }

  /** "1 device", "2 devices". */
  static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
