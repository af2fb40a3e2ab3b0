package uk.ictreview.workbook;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import uk.ictreview.model.CallType;
import uk.ictreview.read.SheetSpec;
import uk.ictreview.read.Workbooks;
import uk.ictreview.validate.Place;

/**
 * Writes the example's Incidents sheet. With {@code mess} it has what real logs have: a title above the header,
 * a blank row, one date typed as text, and exactly one bad row (a Resolved date typed a day early, before its
 * Logged) which {@code check} must report; docs/rules-workbook.md names its cell.
 */
final class IncidentsSheet {
    static final String TITLE = ExampleSchoolGenerator.SCHOOL + " \u2014 ICT service desk log 2025-26";
    /** 0-based header row with the mess (a title in row 1, a blank row 2), and without. */
    static final int MESSY_HEADER_ROW = 2;
    /** The blank row comes after this many data rows. */
    static final int BLANK_AFTER = 1800;
    /** The first call logged this day is written with its Logged date as UK text. */
    static final LocalDate TEXT_DATE_DAY = LocalDate.of(2025, 10, 14);
    /** The first incident logged this day has its Resolved typed a day early. */
    static final LocalDate BAD_ROW_DAY = LocalDate.of(2025, 11, 5);

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private IncidentsSheet() {}

    /** Writes the sheet and returns where the bad row's Resolved cell is (null without mess). */
    static Place write(Workbook wb, Styles styles, List<ExampleCall> calls, boolean mess) {
        SheetSpec spec = Workbooks.INCIDENTS_WORKBOOK.main();
        int header = mess ? MESSY_HEADER_ROW : 0;
        int extra = mess && calls.size() > BLANK_AFTER ? 1 : 0;
        Sheet sheet = TableSheet.create(wb, styles, spec, mess ? TITLE : null, header, header + calls.size() + extra);
        int textDate = mess ? firstOn(calls, TEXT_DATE_DAY, false) : -1;
        int bad = mess ? firstOn(calls, BAD_ROW_DAY, true) : -1;
        String refFormat = "INC-%0" + Math.max(4, String.valueOf(calls.size()).length()) + "d";
        int r = header + 1;
        Place badPlace = null;
        for (int i = 0; i < calls.size(); i++) {
            if (mess && i == BLANK_AFTER) {
                r++;
            }
            Object[] cells = cells(calls.get(i), String.format(refFormat, i + 1));
            if (i == textDate) {
                cells[1] = UK.format(calls.get(i).logged());
            }
            if (i == bad) {
                // Typed a day early, and no separate response: the row's only problem is Resolved before Logged.
                cells[9] = null;
                cells[10] = calls.get(i)
                        .logged()
                        .toLocalDate()
                        .minusDays(1)
                        .atTime(calls.get(i).resolved().toLocalTime());
                badPlace = Place.cell(Workbooks.INCIDENTS_WORKBOOK.fileName(), spec.name(), r + 1, 10);
            }
            Cells.row(sheet, styles, r++, cells);
        }
        return badPlace;
    }

    /** A call's cells in the column order of the Incidents sheet. */
    private static Object[] cells(ExampleCall c, String ref) {
        return new Object[] {
            ref,
            c.logged(),
            c.priority().name(),
            c.category().label,
            c.type().label(),
            c.reportedBy(),
            c.location(),
            c.assignedTo(),
            c.assetTag(),
            c.responded(),
            c.resolved(),
            c.onHoldHours() > 0 ? c.onHoldHours() : null,
            c.escalatedTo(),
            c.reopened() ? "Y" : "N"
        };
    }

    /** The index of the first call on {@code day} (a resolved incident if {@code resolvedIncident}). */
    private static int firstOn(List<ExampleCall> calls, LocalDate day, boolean resolvedIncident) {
        for (int i = 0; i < calls.size(); i++) {
            ExampleCall c = calls.get(i);
            boolean kind = !resolvedIncident || (c.type() == CallType.INCIDENT && c.resolved() != null);
            if (c.logged().toLocalDate().equals(day) && kind) {
                return i;
            }
        }
        return -1;
    }
}
