package uk.ictreview.model;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One row of the service desk log (SPEC 4.1). Optional text fields are null when blank; {@code responded}
 * and {@code resolved} are null when not (yet) done; {@code onHoldMinutes} is 0 when blank; {@code reopened}
 * is null when the column is absent or blank, else the number of times the call was reopened (Y = 1, N = 0).
 *
 * <p>Written as a record once; now a value class with the same constructor and accessors, because a log can hold
 * a million calls in a 256 MB heap: the three times are kept as int seconds from 2000 (not three
 * {@code LocalDateTime}s of 72 bytes each), On hold minutes as an int, Priority, Type and Reopened as bytes, and the
 * place as a row number beside one file-and-sheet object that every call of a sheet shares. 72 bytes a call instead
 * of 370 (docs/performance.md). A call whose values do not fit (a time before 1932 or after 2067, a huge count)
 * keeps them in a side object instead. Equality, hash and text are a record's, over the same values.
 */
public final class Incident {
    /** Times are kept as int seconds from this instant (read as UTC): 1931-12-13 to 2068-01-19 fit. */
    private static final long EPOCH = LocalDateTime.of(2000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

    private static final int NONE = Integer.MIN_VALUE;
    private static final Priority[] PRIORITIES = Priority.values();
    private static final CallType[] TYPES = CallType.values();
    /** The file and sheet of the last call made: the calls of one sheet share one. */
    private static volatile Origin lastOrigin;

    private final String ref;
    private final String category;
    private final String reportedBy;
    private final String location;
    private final String assignedTo;
    private final String assetTag;
    private final String escalatedTo;
    private final Origin origin;
    /** Null for nearly every call; the values that do not fit the compact fields when one of them does not. */
    private final Wide wide;

    private final int logged;
    private final int responded;
    private final int resolved;
    private final int onHoldMinutes;
    private final int row;
    private final byte priority;
    private final byte type;
    /** -1 for none. */
    private final byte reopened;

    private record Origin(String file, String sheet) {}

    private record Wide(long logged, long responded, long resolved, long onHoldMinutes, Integer reopened) {}

    public Incident(
            String ref,
            LocalDateTime logged,
            Priority priority,
            String category,
            CallType type,
            String reportedBy,
            String location,
            String assignedTo,
            String assetTag,
            LocalDateTime responded,
            LocalDateTime resolved,
            long onHoldMinutes,
            String escalatedTo,
            Integer reopened,
            RowRef source) {
        this.ref = Objects.requireNonNull(ref, "ref");
        long loggedAt = seconds(Objects.requireNonNull(logged, "logged"));
        this.priority = (byte) Objects.requireNonNull(priority, "priority").ordinal();
        this.category = Objects.requireNonNull(category, "category");
        this.type = (byte) Objects.requireNonNull(type, "type").ordinal();
        if (onHoldMinutes < 0) {
            throw new IllegalArgumentException("onHoldMinutes must not be negative: " + onHoldMinutes);
        }
        this.reportedBy = reportedBy;
        this.location = location;
        this.assignedTo = assignedTo;
        this.assetTag = assetTag;
        long respondedAt = seconds(responded);
        long resolvedAt = seconds(resolved);
        this.escalatedTo = escalatedTo;
        boolean fits = fits(loggedAt)
                && fits(respondedAt)
                && fits(resolvedAt)
                && onHoldMinutes <= Integer.MAX_VALUE
                && (reopened == null || (reopened >= 0 && reopened <= Byte.MAX_VALUE));
        this.wide = fits ? null : new Wide(loggedAt, respondedAt, resolvedAt, onHoldMinutes, reopened);
        this.logged = fits ? compact(loggedAt) : 0;
        this.responded = fits ? compact(respondedAt) : 0;
        this.resolved = fits ? compact(resolvedAt) : 0;
        this.onHoldMinutes = fits ? (int) onHoldMinutes : 0;
        this.reopened = fits && reopened != null ? reopened.byteValue() : -1;
        this.origin = source == null ? null : origin(source.file(), source.sheet());
        this.row = source == null ? 0 : source.row();
    }

    private static Origin origin(String file, String sheet) {
        Origin o = lastOrigin;
        if (o == null || !Objects.equals(o.file, file) || !Objects.equals(o.sheet, sheet)) {
            o = new Origin(file, sheet);
            lastOrigin = o;
        }
        return o;
    }

    /** Seconds since 1970 of a local date-time read as if at UTC, or Long.MIN_VALUE for none. */
    private static long seconds(LocalDateTime t) {
        if (t == null) {
            return Long.MIN_VALUE;
        }
        if (t.getNano() != 0) {
            throw new IllegalArgumentException("a call's times are whole seconds: " + t);
        }
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    private static boolean fits(long seconds) {
        return seconds == Long.MIN_VALUE || (seconds - EPOCH > NONE && seconds - EPOCH <= Integer.MAX_VALUE);
    }

    private static int compact(long seconds) {
        return seconds == Long.MIN_VALUE ? NONE : (int) (seconds - EPOCH);
    }

    private static LocalDateTime time(int compact) {
        return compact == NONE ? null : LocalDateTime.ofEpochSecond(EPOCH + compact, 0, ZoneOffset.UTC);
    }

    private static LocalDateTime time(long seconds) {
        return seconds == Long.MIN_VALUE ? null : LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    }

    public String ref() {
        return ref;
    }

    public LocalDateTime logged() {
        return wide == null ? time(logged) : time(wide.logged);
    }

    public Priority priority() {
        return PRIORITIES[priority];
    }

    public String category() {
        return category;
    }

    public CallType type() {
        return TYPES[type];
    }

    public String reportedBy() {
        return reportedBy;
    }

    public String location() {
        return location;
    }

    public String assignedTo() {
        return assignedTo;
    }

    public String assetTag() {
        return assetTag;
    }

    public LocalDateTime responded() {
        return wide == null ? time(responded) : time(wide.responded);
    }

    public LocalDateTime resolved() {
        return wide == null ? time(resolved) : time(wide.resolved);
    }

    public long onHoldMinutes() {
        return wide == null ? onHoldMinutes : wide.onHoldMinutes;
    }

    public String escalatedTo() {
        return escalatedTo;
    }

    public Integer reopened() {
        if (wide != null) {
            return wide.reopened;
        }
        return reopened < 0 ? null : Integer.valueOf(reopened);
    }

    /** Where the call was read from; null for a call made in code without one. */
    public RowRef source() {
        return origin == null ? null : new RowRef(origin.file, origin.sheet, row);
    }

    /** True when the call was passed to an external supplier. */
    public boolean escalated() {
        return escalatedTo != null && !escalatedTo.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Incident i
                && ref.equals(i.ref)
                && Objects.equals(logged(), i.logged())
                && priority == i.priority
                && category.equals(i.category)
                && type == i.type
                && Objects.equals(reportedBy, i.reportedBy)
                && Objects.equals(location, i.location)
                && Objects.equals(assignedTo, i.assignedTo)
                && Objects.equals(assetTag, i.assetTag)
                && Objects.equals(responded(), i.responded())
                && Objects.equals(resolved(), i.resolved())
                && onHoldMinutes() == i.onHoldMinutes()
                && Objects.equals(escalatedTo, i.escalatedTo)
                && Objects.equals(reopened(), i.reopened())
                && Objects.equals(source(), i.source());
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                ref,
                logged(),
                priority(),
                category,
                type(),
                reportedBy,
                location,
                assignedTo,
                assetTag,
                responded(),
                resolved(),
                onHoldMinutes(),
                escalatedTo,
                reopened(),
                source());
    }

    @Override
    public String toString() {
        return "Incident[ref=" + ref + ", logged=" + logged() + ", priority=" + priority() + ", category=" + category
                + ", type=" + type() + ", reportedBy=" + reportedBy + ", location=" + location + ", assignedTo="
                + assignedTo + ", assetTag=" + assetTag + ", responded=" + responded() + ", resolved=" + resolved()
                + ", onHoldMinutes=" + onHoldMinutes() + ", escalatedTo=" + escalatedTo + ", reopened=" + reopened()
                + ", source=" + source() + "]";
    }
}
