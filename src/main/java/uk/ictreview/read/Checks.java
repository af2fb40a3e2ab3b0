package uk.ictreview.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Checks between cells of one row, and against today. */
final class Checks {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Checks() {}

    /** A date in the future is kept but flagged: usually a typing slip (2062 for 2026). */
    static void notFuture(DataRow r, String column, LocalDateTime t, LocalDate today) {
        if (t != null && t.toLocalDate().isAfter(today)) {
            r.warning(
                    column, column + " (" + RawCell.formatDateTime(t) + ") is after today (" + today.format(DAY) + ")");
        }
    }

    static void notFuture(DataRow r, String column, LocalDate d, LocalDate today) {
        notFuture(r, column, d == null ? null : d.atStartOfDay(), today);
    }

    /** An error at {@code later}'s cell when it is before {@code earlier}. */
    static void notBefore(DataRow r, String later, LocalDateTime l, String earlier, LocalDateTime e) {
        if (l != null && e != null && l.isBefore(e)) {
            r.error(
                    later,
                    later + " (" + RawCell.formatDateTime(l) + ") is before " + earlier + " ("
                            + RawCell.formatDateTime(e) + ")");
        }
    }
}
