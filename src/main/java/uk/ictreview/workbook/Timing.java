package uk.ictreview.workbook;

import java.time.LocalDateTime;
import java.util.Random;
import uk.ictreview.model.CallType;
import uk.ictreview.model.Priority;

/**
 * A call's response, resolution and time on hold, drawn from log-normal distributions of support minutes
 * around each priority's typical time (the shape real service desks show: most calls quick, a long tail), then
 * placed on the clock by the school's support hours.
 */
record Timing(LocalDateTime responded, LocalDateTime resolved, double onHoldHours) {
    /** Median response and resolution in support minutes, P1..P4; resolution spread (log-normal sigma). */
    private static final int[] RESPONSE_MEDIAN = {15, 35, 60, 120};

    private static final int[] RESOLUTION_MEDIAN = {120, 240, 240, 960};
    private static final double[] RESOLUTION_SIGMA = {0.6, 0.6, 1.1, 1.0};

    static Timing draw(Random r, LocalDateTime logged, Priority p, CallType type, boolean escalated, boolean reopened) {
        int i = p.ordinal();
        long response = minutes(r, RESPONSE_MEDIAN[i], 0.8);
        double scale =
                switch (type) {
                    case REQUEST -> 1.5;
                    case CHANGE, MAINTENANCE -> 3.0;
                    case PROBLEM -> 8.0;
                    default -> 1.0;
                };
        if (escalated) {
            scale *= 3;
        }
        if (reopened) {
            scale *= 1.5;
        }
        long resolution = Math.max(minutes(r, RESOLUTION_MEDIAN[i] * scale, RESOLUTION_SIGMA[i]), response + 5);
        double hold = escalated ? halfHours(r, 2, 24) : r.nextDouble() < 0.08 ? halfHours(r, 0.5, 8) : 0;
        LocalDateTime resolved = SchoolYear.plusSupport(logged, resolution + Math.round(hold * 60));
        // Quick fixes are often closed without a separate first response.
        LocalDateTime responded =
                resolution < 30 && r.nextDouble() < 0.5 ? null : SchoolYear.plusSupport(logged, response);
        if (type == CallType.PROBLEM && r.nextDouble() < 0.3) {
            resolved = null; // a problem under investigation stays open
        }
        return new Timing(responded, resolved, hold);
    }

    private static long minutes(Random r, double median, double sigma) {
        return Math.max(2, Math.round(median * Math.exp(sigma * r.nextGaussian())));
    }

    private static double halfHours(Random r, double min, double max) {
        int steps = (int) Math.round((max - min) * 2);
        return min + r.nextInt(steps + 1) / 2.0;
    }
}
