package uk.ictreview.read;

import static uk.ictreview.read.Workbooks.DAY;
import static uk.ictreview.read.Workbooks.END;
import static uk.ictreview.read.Workbooks.START;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import uk.ictreview.model.SupportDay;

/**
 * One row of the Support hours sheet. A row that cannot be read is an error, and its day gets the default hours of
 * that day in its place (Monday-Friday 08:00-16:30, none at weekends), merged with the day's other rows: left out
 * with nothing in its place, one typo in Monday's row used to take Monday off the clock, so every call over a Monday
 * ran less support time and looked faster than it was. Each error says what the day gets.
 */
final class SupportHoursRow {
    private SupportHoursRow() {}

    /** The row's hours, or null when it has an error; then {@code fallback} gets its day's default hours. */
    static SupportDay read(DataRow r, Uniques u, List<SupportDay> fallback) {
        DayOfWeek day = r.required(
                DAY,
                CellValues::day,
                "the row is left out, and as its day cannot be told no day gets hours from it (a day with no other"
                        + " row has no support hours)");
        String gets = day == null ? "the row is left out" : gets(day);
        LocalTime start = r.required(START, DateTexts::time, gets);
        LocalTime end = r.required(END, DateTexts::endTime, gets);
        if (start != null && end != null && end.isBefore(start)) {
            r.error(END, END + " (" + end + ") is before " + START + " (" + start + "); " + gets);
        } else if (start != null && end != null && end.equals(start)) {
            r.warning(
                    END,
                    END + " (" + end + ") is the same as " + START + ": no support hours that day (for a"
                            + " whole day write 00:00 to 24:00)");
        }
        if (r.failed()) {
            if (day != null) {
                SupportDay.defaults().stream().filter(d -> d.day() == day).forEach(fallback::add);
            }
            return null;
        }
        // a split day (closed for lunch) takes two rows; a repeat typed by mistake still shows, as a note
        Integer before = u.seen(day.name(), r.number());
        if (before != null) {
            r.note(
                    DAY,
                    DAY + " '" + r.text(DAY, false) + "' has another row (first at row " + before
                            + "): the hours of its rows are merged");
        }
        return new SupportDay(day, start, end);
    }

    /** What the day gets in place of a row that cannot be read: its default hours. */
    static String gets(DayOfWeek day) {
        String name = day.getDisplayName(TextStyle.FULL, Locale.UK);
        boolean weekday = SupportDay.defaults().stream().anyMatch(d -> d.day() == day);
        return weekday
                ? "the row is left out and " + name + " gets the default hours, 08:00-16:30, in its place (merged with"
                        + " any other " + name + " row)"
                : "the row is left out and " + name + " gets its default, no support hours, in its place (unless"
                        + " another " + name + " row gives some)";
    }
}
