package uk.ictreview.read;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
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
    /** The On hold cell of the call at {@code index} in the list of calls read, and what it showed. */
    record Cell(int index, Place place, String shown) {}

    private OnHoldCheck() {}

    static void check(
            List<Incident> calls,
            List<Cell> held,
            ToLongBiFunction<LocalDateTime, LocalDateTime> supportMinutes,
            Diagnostics diags) {
        for (Cell c : held) {
            Incident i = calls.get(c.index());
            if (i.resolved() == null) {
                continue;
            }
            long elapsed = supportMinutes.applyAsLong(i.logged(), i.resolved());
            if (i.onHoldMinutes() <= elapsed) {
                continue;
            }
            String until = Workbooks.RESOLVED + " " + RawCell.formatDateTime(i.resolved());
            diags.warning(
                    c.place(),
                    Workbooks.ON_HOLD_HOURS + " '" + c.shown() + "' is more than the call's own elapsed support time ("
                            + hours(elapsed) + " support hours from " + Workbooks.LOGGED + " "
                            + RawCell.formatDateTime(i.logged()) + " to " + until + "): the clock cannot be stopped for"
                            + " longer than it ran, so it is most likely a typing slip; read as blank, so 0 hours on"
                            + " hold are used");
            calls.set(c.index(), withoutHold(i));
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
