package uk.ictreview.workbook;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import uk.ictreview.model.AssetStatus;
import uk.ictreview.model.CallType;
import uk.ictreview.model.Priority;

/**
 * Makes the example school's calls: placed on open days by the school rhythm (the September rush, busy
 * Mondays, quiet Fridays, a rush after each holiday), logged mostly 07:45-16:00, with support-hour response
 * and resolution times drawn around each priority's typical time so that most meet the default targets and
 * some do not. Everything comes from the seeded {@link Random}; nothing reads the clock.
 */
final class CallGenerator {
    private final Random random;
    private final Map<String, List<String>> tagsByType;
    private final List<String> people;

    CallGenerator(Random random, List<ExampleAsset> assets, List<String> people) {
        this.random = random;
        this.tagsByType = assets.stream()
                .filter(a -> a.status() == AssetStatus.IN_USE)
                .collect(Collectors.groupingBy(
                        ExampleAsset::type, Collectors.mapping(ExampleAsset::tag, Collectors.toList())));
        this.people = List.copyOf(people);
    }

    /** {@code n} calls in logged order, as the log stood when it was exported at the end of the summer term. */
    List<ExampleCall> generate(int n) {
        List<LocalDate> days = SchoolYear.openDays();
        double[] cumulative = cumulativeWeights(days);
        List<LocalDateTime> times = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate day = days.get(pickIndex(cumulative));
            times.add(day.atTime(timeOfDay(day.getDayOfWeek() == DayOfWeek.MONDAY)));
        }
        times.sort(Comparator.naturalOrder());
        List<ExampleCall> calls = new ArrayList<>(n);
        for (LocalDateTime t : times) {
            calls.add(call(t).asAt(SchoolYear.EXPORTED));
        }
        return calls;
    }

    private double[] cumulativeWeights(List<LocalDate> days) {
        double[] cum = new double[days.size()];
        double total = 0;
        LocalDate previous = null;
        for (int i = 0; i < days.size(); i++) {
            LocalDate d = days.get(i);
            double w =
                    switch (d.getDayOfWeek()) {
                        case MONDAY -> 1.35;
                        case TUESDAY -> 1.1;
                        case THURSDAY -> 0.95;
                        case FRIDAY -> 0.75;
                        default -> 1.0;
                    };
            // The September rush: new starters, new timetables, a summer's worth of changes.
            w *= i < 10 ? 2.0 : i < 20 ? 1.4 : 1.0;
            // The first day back after a holiday (a gap of more than a weekend).
            if (previous != null && d.toEpochDay() - previous.toEpochDay() > 3) {
                w *= 1.5;
            }
            total += w;
            cum[i] = total;
            previous = d;
        }
        return cum;
    }

    private int pickIndex(double[] cumulative) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] <= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A time of day: most calls in the school day, a peak after registration, a few early or late e-mails. */
    private LocalTime timeOfDay(boolean monday) {
        // Slots start at 07:00, 07:45, 08:00, 09:00 ... 16:00; the last runs to 17:30.
        int[] startMinute = {420, 465, 480, 540, 600, 660, 720, 780, 840, 900, 960};
        int[] length = {45, 15, 60, 60, 60, 60, 60, 60, 60, 60, 90};
        double[] weight = {2, 3, 14, 13, 11, 10, 8, 10, 9, 7, 4};
        if (monday) {
            weight[2] *= 1.5;
            weight[3] *= 1.5;
        }
        double total = 0;
        for (double w : weight) {
            total += w;
        }
        double u = random.nextDouble() * total;
        int slot = 0;
        while (u >= weight[slot] && slot < weight.length - 1) {
            u -= weight[slot++];
        }
        return LocalTime.ofSecondOfDay((startMinute[slot] + random.nextInt(length[slot])) * 60L);
    }

    private ExampleCall call(LocalDateTime logged) {
        Priority p = priority();
        CallCategory cat = CallCategory.pick(random.nextDouble());
        CallType type = type(p, cat);
        String supplier = cat.supplier != null && random.nextDouble() < cat.escalation ? cat.supplier : null;
        boolean reopened = random.nextDouble() < 0.03;
        Timing t = Timing.draw(random, logged, p, type, supplier != null, reopened);
        return new ExampleCall(
                logged,
                p,
                cat,
                type,
                people.get(random.nextInt(people.size())),
                location(cat),
                ExampleStaff.assignee(random, cat),
                assetTag(cat),
                t.responded(),
                t.resolved(),
                t.onHoldHours(),
                supplier,
                reopened);
    }

    private Priority priority() {
        double u = random.nextDouble();
        return u < 0.02 ? Priority.P1 : u < 0.15 ? Priority.P2 : u < 0.70 ? Priority.P3 : Priority.P4;
    }

    private CallType type(Priority p, CallCategory cat) {
        double u = random.nextDouble();
        if (p == Priority.P1 || p == Priority.P2) {
            return u < 0.03 ? CallType.PROBLEM : CallType.INCIDENT;
        }
        if (u < cat.requestShare) {
            return CallType.REQUEST;
        }
        double v = random.nextDouble();
        return v < 0.015
                ? CallType.PROBLEM
                : v < 0.04 ? CallType.CHANGE : v < 0.06 ? CallType.MAINTENANCE : CallType.INCIDENT;
    }

    private String location(CallCategory cat) {
        List<String> rooms = ExampleAssets.CLASSROOMS;
        if (cat == CallCategory.MIS || cat == CallCategory.ACCOUNTS) {
            return random.nextDouble() < 0.4 ? "Main office" : rooms.get(random.nextInt(rooms.size()));
        }
        return rooms.get(random.nextInt(rooms.size()));
    }

    /** About one device-related call in five names the device; a few devices come back again and again. */
    private String assetTag(CallCategory cat) {
        if (cat.assetTypes.isEmpty() || random.nextDouble() >= 0.2) {
            return null;
        }
        String type = cat.assetTypes.get(random.nextInt(cat.assetTypes.size()));
        List<String> tags = tagsByType.get(type);
        if (random.nextDouble() < 0.2) {
            for (String trouble : ExampleAssets.TROUBLESOME) {
                if (tags.contains(trouble)) {
                    return trouble;
                }
            }
        }
        return tags.get(random.nextInt(tags.size()));
    }
}
