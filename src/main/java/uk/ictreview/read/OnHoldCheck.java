package uk.ictreview.read;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongBiFunction;
import uk.ictreview.model.Incident;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Place;

/**
 * On hold hours of a resolved call longer than its own elapsed support time (from Logged to Resolved): the clock
 * cannot be stopped for longer than it ran. Resolution time is elapsed less on
 * hold, never below 0, so 200 h on a 4-day call made a breached call a met one. A WARNING at the On hold cell, and
 * the value is read as blank (0 hours on hold), as any unreadable optional value is: the call is judged on its
 * whole elapsed time. A call still open is not questioned: its On hold hours may be the wait still expected
 * (waiting for a supplier), and at most they keep it pending rather than breached, never make it met.
 */
final class OnHoldCheck {
    /**
     * The On hold cells of the calls read: which call, its row, and what the cell showed. Kept as arrays of
     * primitives, not an object with a Place and a String per call: at a million calls, most of them with hours on
     * hold, those were about 100 MB of a 256 MB heap. Every cell is in the same column of the same sheet.
     */
    static final class Held {
        private Place first;
        private int size;
        private int[] index = new int[64];
        private int[] row = new int[64];
        private double[] number = new double[64];
        /** The cells that were not number cells (text in a CSV file, say), as shown, by position. */
        private final Map<Integer, String> texts = new HashMap<>();

        void add(int callIndex, Place place, RawCell cell) {
            if (first == null) {
                first = place;
            }
            if (size == index.length) {
                index = Arrays.copyOf(index, size * 2);
                row = Arrays.copyOf(row, size * 2);
                number = Arrays.copyOf(number, size * 2);
            }
            index[size] = callIndex;
            row[size] = place.row();
            if (cell.kind() == RawCell.Kind.NUMBER) {
                number[size] = cell.number();
            } else {
                texts.put(size, cell.display().strip());
            }
            size++;
        }

        private Place place(int k) {
            return Place.cell(first.file(), first.sheet(), row[k], first.column());
        }

        private String shown(int k) {
            String text = texts.get(k);
            return text != null ? text : RawCell.formatNumber(number[k]);
        }
    }

    private OnHoldCheck() {}

    static void check(
            List<Incident> calls,
            Held held,
            ToLongBiFunction<LocalDateTime, LocalDateTime> supportMinutes,
            Diagnostics diags) {
        for (int k = 0; k < held.size; k++) {
            Incident i = calls.get(held.index[k]);
            if (i.resolved() == null) {
                continue;
            }
            long elapsed = supportMinutes.applyAsLong(i.logged(), i.resolved());
            if (i.onHoldMinutes() <= elapsed) {
                continue;
            }
            String until = Workbooks.RESOLVED + " " + RawCell.formatDateTime(i.resolved());
            diags.warning(
                    held.place(k),
                    Workbooks.ON_HOLD_HOURS + " '" + held.shown(k)
                            + "' is more than the call's own elapsed support time ("
                            + hours(elapsed) + " support hours from " + Workbooks.LOGGED + " "
                            + RawCell.formatDateTime(i.logged()) + " to " + until + "): the clock cannot be stopped for"
                            + " longer than it ran, so it is most likely a typing slip; read as blank, so 0 hours on"
                            + " hold are used");
            calls.set(held.index[k], withoutHold(i));
        }
    }

    private static String hours(long minutes) {
        return String.format(Locale.UK, "%,.1f", minutes / 60.0);
    }

    private static Incident withoutHold(Incident i) {
        return new Incident(
                i.ref(),
                i.logged(),
                i.priority(),
                i.category(),
                i.type(),
                i.reportedBy(),
                i.location(),
                i.assignedTo(),
                i.assetTag(),
                i.responded(),
                i.resolved(),
                0,
                i.escalatedTo(),
                i.reopened(),
                i.source());
    }
}
