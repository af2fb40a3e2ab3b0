package uk.ictreview.hostile;

import static uk.ictreview.hostile.HostileInputSchool.BLANK;
import static uk.ictreview.hostile.HostileInputSchool.check;
import static uk.ictreview.hostile.HostileInputSchool.school;
import static uk.ictreview.hostile.HostileInputSchool.set;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ictreview.hostile.HostileInputSchool.DateNumber;

/**
 * Wrong and implausible values in every column of incidents.xlsx (issue 9): each case changes one cell of the clean
 * base school and runs {@code check}: its exit code (2 for an error, 1 for a warning), the message at the changed
 * cell saying what was found, no stack trace, and the workbooks byte-identical afterwards.
 */
class HostileInputIncidentsTest {
    static final String BOOK = "incidents.xlsx";
    static final int ERROR = 2;
    static final int WARNING = 1;

    @Test
    void theBaseSchoolIsClean(@TempDir Path dir) throws Exception {
        check(school(dir), 0, "no problems found");
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                // Incidents, every column
                Arguments.of("Incidents", "Ref", 5, BLANK, ERROR, "Ref is blank: a value is required"),
                Arguments.of("Incidents", "Logged", 5, "01/01/1899 09:00", ERROR, "is before 1990"),
                Arguments.of("Incidents", "Logged", 5, new DateNumber(12.5), ERROR, "the cell holds the number 12.5"),
                Arguments.of("Incidents", "Logged", 5, "02/13/2026", ERROR, "Logged '02/13/2026' is not a date"),
                Arguments.of("Incidents", "Resolved", 5, "31/12/2062 09:00", WARNING, "is after today"),
                Arguments.of("Incidents", "Priority", 5, "Urgent", ERROR, "Priority 'Urgent' is not one of"),
                Arguments.of("Incidents", "Category", 5, BLANK, ERROR, "Category is blank"),
                Arguments.of("Incidents", "Type", 5, "Incidnet", WARNING, "Type 'Incidnet' is not one of"),
                Arguments.of("Incidents", "Asset tag", 5, "NO-SUCH-TAG", WARNING, "is not in the asset register"),
                Arguments.of("Incidents", "Responded", 5, "01/01/2020 09:00", ERROR, "is before Logged"),
                Arguments.of("Incidents", "Resolved", 5, "yesterday", ERROR, "Resolved 'yesterday' is not a date"),
                Arguments.of("Incidents", "Resolved", 5, new DateNumber(3), ERROR, "the cell holds the number 3"),
                Arguments.of("Incidents", "On hold hours", 5, "two", WARNING, "0 hours on hold are used"),
                Arguments.of("Incidents", "On hold hours", 5, 1e308, WARNING, "0 hours on hold are used"),
                Arguments.of("Incidents", "On hold hours", 5, "1,5", WARNING, "write 1.5 with a full stop"),
                Arguments.of("Incidents", "Reopened", 5, 999, WARNING, "Reopened '999' is not"),
                Arguments.of("Incidents", "Reopened", 5, "maybe", WARNING, "not counted as reopened"),
                // policy sheets
                Arguments.of("Service levels", "Priority", 0, "P9", ERROR, "Priority 'P9' is not one of"),
                Arguments.of("Service levels", "Response target", 0, 5000, ERROR, "a target in support hours up to"),
                Arguments.of("Service levels", "Resolution target", 0, -4, ERROR, "Resolution target '-4' is not"),
                Arguments.of("Support hours", "Day", 0, "Mnday", ERROR, "no day gets hours from it"),
                Arguments.of("Support hours", "Start", 0, "8am", ERROR, "gets the default hours, 08:00-16:30"),
                Arguments.of("Support hours", "End", 0, "25:00", ERROR, "gets the default hours, 08:00-16:30"),
                Arguments.of("Closures", "From", 0, "banana", ERROR, "From 'banana' is not a date"),
                Arguments.of("Closures", "To", 0, "01/01/2001", ERROR, "is before From"),
                Arguments.of("Categories", "Skill", 0, "Plumbing", ERROR, "Skill 'Plumbing' is not one of"));
    }

    @ParameterizedTest(name = "{0} {1} = {3}")
    @MethodSource("cells")
    void aBadCellIsNamedWithWhatWasFound(
            String sheet, String column, int nth, Object value, int code, String says, @TempDir Path dir)
            throws Exception {
        Path s = school(dir);
        // An asset tag missing from the register is said once per tag, on its first call's Asset tag cell.
        String place = set(s, BOOK, sheet, column, nth, value);
        check(s, code, place + ": " + (code == ERROR ? "error" : "warning"), says);
    }

    @Test
    void onHoldLongerThanTheCallWasOpenIsQuestionedAndNotUsed(@TempDir Path dir) throws Exception {
        // Logged Mon 6 July 2026 09:00, resolved Fri 10 July 09:00: 4 days x 8.5 h = 34 support hours. 200 h on
        // hold once made this breached call a met one (resolution time 34 - 200 -> 0).
        Path s = school(dir);
        set(s, BOOK, "Incidents", "Logged", -1, LocalDateTime.of(2026, 7, 6, 9, 0));
        set(s, BOOK, "Incidents", "Responded", -1, LocalDateTime.of(2026, 7, 6, 9, 30));
        set(s, BOOK, "Incidents", "Resolved", -1, LocalDateTime.of(2026, 7, 10, 9, 0));
        String place = set(s, BOOK, "Incidents", "On hold hours", -1, 200);
        check(
                s,
                WARNING,
                place + ": warning: On hold hours '200' is more than the call's own elapsed support time (34.0"
                        + " support hours from Logged 06/07/2026 09:00 to Resolved 10/07/2026 09:00)",
                "read as blank, so 0 hours on hold are used");
    }

    @Test
    void aHalfTermClosureTypedInto2029IsRefused(@TempDir Path dir) throws Exception {
        // 25/05/2026 - 29/05/2029 is 1,101 days (365 x 3 + 29 Feb 2028 + 5 days): no holiday is that long, and
        // every day of it stopped the clock, which once turned the summary "Green, 100%".
        Path s = school(dir);
        set(s, BOOK, "Closures", "From", 0, LocalDate.of(2026, 5, 25));
        String place = set(s, BOOK, "Closures", "To", 0, LocalDate.of(2029, 5, 29));
        check(
                s,
                ERROR,
                place + ": error: the closure from 25/05/2026 to 29/05/2029 is 1,101 days long, longer than any"
                        + " school holiday (70 days at most)",
                "so those days count as working days");
    }

    @Test
    void aChristmasClosureMayCrossTheYear(@TempDir Path dir) throws Exception {
        // 19/12/2025 - 05/01/2026: 18 days across the year end, a normal Christmas holiday: no message.
        Path s = school(dir);
        set(s, BOOK, "Closures", "From", 0, LocalDate.of(2025, 12, 19));
        set(s, BOOK, "Closures", "To", 0, LocalDate.of(2026, 1, 5));
        check(s, 0, "no problems found");
    }
}
