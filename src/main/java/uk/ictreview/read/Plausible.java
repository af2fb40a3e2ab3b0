package uk.ictreview.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The plausibility bounds (issue 9): values that read well but that a school could hardly mean, most likely typing
 * slips. Each bound, its severity and why it is drawn there are in docs/rules-intake.md ("Plausibility"). In an
 * optional column a value past its bound is a warning and read as blank (as any unreadable optional value is);
 * in a required column an error that leaves the row out; a few doubtful dates are a warning with the value kept.
 */
final class Plausible {
    /** No school service desk log goes back before 1990 (help desk software in schools came later still). */
    static final int LOGGED_FROM_YEAR = 1990;
    /** Purchased, Warranty ends, Replace by: no device in use in a school today was bought before 1980. */
    static final int ASSET_DATE_FROM_YEAR = 1980;
    /** Replace by more than this many years after the build is past any refresh plan (3-10 years). */
    static final int REPLACE_BY_YEARS_AHEAD = 30;
    /** The longest UK school holiday is Northern Ireland's summer (about 9 weeks); 10 weeks leaves room. */
    static final long CLOSURE_MAX_DAYS = 70;
    /** One person's full-time equivalent: 1.0 is full time; a little overtime or a second contract at most. */
    static final BigDecimal FTE_MAX = new BigDecimal("1.5");
    /** Infrastructure (cabling, racks) may last 15-20 years; no device is planned to last longer. */
    static final int LIFETIME_MAX_YEARS = 20;
    /** One device: a server or a core switch costs tens of thousands of pounds at most. */
    static final BigDecimal ASSET_COST_MAX = new BigDecimal("100000");
    /** One financial year's capital budget line for one school's ICT. */
    static final BigDecimal BUDGET_MAX = new BigDecimal("5000000");
    /** A yearly price change beyond plus or minus 25% is no forecast a school would make. */
    static final BigDecimal PRICE_CHANGE_MAX = new BigDecimal("25");
    /** A service level target above 1,000 support hours (over six months of school days) is no target. */
    static final long TARGET_MAX_HOURS = 1_000;
    /** A call reopened more than this many times is most likely another number typed in the column. */
    static final int REOPENED_MAX = 20;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Plausible() {}

    static String pounds(BigDecimal max) {
        return String.format(Locale.UK, "£%,d", max.longValueExact());
    }

    /** Money at most {@code max}: past it, a BadValue saying what a school could mean. */
    static DataRow.Parser<BigDecimal> money(BigDecimal max, String what) {
        return c -> {
            BigDecimal v = CellValues.money(c);
            if (v.compareTo(max) > 0) {
                throw new BadValue(CellValues.EXPECTED_MONEY + " up to " + pounds(max) + " (" + what
                        + "; more is most likely a" + " typing slip)");
            }
            return v;
        };
    }

    /** Hours at most {@link #TARGET_MAX_HOURS}, for a service level target. */
    static long targetMinutes(RawCell c) throws BadValue {
        long m = CellValues.hoursToMinutes(c);
        if (m > TARGET_MAX_HOURS * 60) {
            throw new BadValue("a target in support hours up to " + String.format(Locale.UK, "%,d", TARGET_MAX_HOURS)
                    + " (more than six months of school days is no target; most likely a typing slip)");
        }
        return m;
    }

    /** A date no earlier than {@link #ASSET_DATE_FROM_YEAR} and, if {@code today} is given, not far past it. */
    static DataRow.Parser<LocalDateTime> assetDate(boolean date1904, LocalDate today) {
        return c -> {
            LocalDateTime t = DateTexts.dateTime(c, date1904);
            if (t.getYear() < ASSET_DATE_FROM_YEAR) {
                throw new BadValue("a date from " + ASSET_DATE_FROM_YEAR + " on (" + RawCell.formatDateTime(t)
                        + " is before any device a school still keeps; most likely a typing slip)");
            }
            if (today != null && t.toLocalDate().isAfter(today.plusYears(REPLACE_BY_YEARS_AHEAD))) {
                throw new BadValue("a date within " + REPLACE_BY_YEARS_AHEAD + " years of today ("
                        + today.format(DAY) + "): " + RawCell.formatDateTime(t)
                        + " is past any refresh plan; most likely a typing slip");
            }
            return t;
        };
    }

    /** An error when a call was Logged before {@link #LOGGED_FROM_YEAR}: no figure can use it rightly. */
    static void loggedSince1990(DataRow r, String column, LocalDateTime logged) {
        if (logged != null && logged.getYear() < LOGGED_FROM_YEAR) {
            r.error(
                    column,
                    column + " (" + RawCell.formatDateTime(logged) + ") is before " + LOGGED_FROM_YEAR
                            + ": no school's service desk log goes back that far, so it is most likely a typing"
                            + " slip; the call is left out (correct the year)");
        }
    }

    /** A warning, value kept, when an asset was Purchased before {@link #ASSET_DATE_FROM_YEAR}. */
    static void purchasedSince1980(DataRow r, String column, LocalDate purchased) {
        if (purchased != null && purchased.getYear() < ASSET_DATE_FROM_YEAR) {
            r.warning(
                    column,
                    column + " (" + purchased.format(DAY) + ") is before " + ASSET_DATE_FROM_YEAR
                            + ", most likely a typing slip: the date is kept, so the device is planned as overdue and"
                            + " has no book value (correct the year if it is wrong)");
        }
    }

    /** An error when a closure runs longer than any school holiday: every day in it would stop the clock. */
    static void closureLength(DataRow r, String column, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        if (days > CLOSURE_MAX_DAYS) {
            r.error(
                    column,
                    "the closure from " + from.format(DAY) + " to " + to.format(DAY) + " is "
                            + String.format(Locale.UK, "%,d", days) + " days long, longer than any school holiday ("
                            + CLOSURE_MAX_DAYS + " days at most): most likely a typing slip in a year. It is left"
                            + " out, so those days count as working days (correct the dates)");
        }
    }
}
