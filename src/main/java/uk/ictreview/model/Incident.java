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
 * a million calls: the three times are kept as seconds (not three {@code LocalDateTime}s of 72 bytes each) and the
 * place as a row number beside the file and sheet, which every call of a sheet shares. About 100 bytes a call
 * instead of 370 (docs/performance.md). Equality, hash and text are a record's, over the same values.
 */
public final class Incident {
    private static final long NONE = Long.MIN_VALUE;

    private final String ref;
    private final long logged;
    private final Priority priority;
    private final String category;
    private final CallType type;
    private final String reportedBy;
    private final String location;
    private final String assignedTo;
    private final String assetTag;
    private final long responded;
    private final long resolved;
    private final long onHoldMinutes;
    private final String escalatedTo;
    private final Integer reopened;
    private final String file;
    private final String sheet;
    private final int row;

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
        this.logged = seconds(Objects.requireNonNull(logged, "logged"));
        this.priority = Objects.requireNonNull(priority, "priority");
        this.category = Objects.requireNonNull(category, "category");
        this.type = Objects.requireNonNull(type, "type");
        if (onHoldMinutes < 0) {
            throw new IllegalArgumentException("onHoldMinutes must not be negative: " + onHoldMinutes);
        }
        this.reportedBy = reportedBy;
        this.location = location;
        this.assignedTo = assignedTo;
        this.assetTag = assetTag;
        this.responded = seconds(responded);
        this.resolved = seconds(resolved);
        this.onHoldMinutes = onHoldMinutes;
        this.escalatedTo = escalatedTo;
        this.reopened = reopened;
        this.file = source == null ? null : source.file();
        this.sheet = source == null ? null : source.sheet();
        this.row = source == null ? 0 : source.row();
    }

    /** Seconds since 1970 of a local date-time read as if at UTC; nanoseconds never occur (cells hold seconds). */
    private static long seconds(LocalDateTime t) {
        if (t == null) {
            return NONE;
        }
        if (t.getNano() != 0) {
            throw new IllegalArgumentException("a call's times are whole seconds: " + t);
        }
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    private static LocalDateTime time(long seconds) {
        return seconds == NONE ? null : LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    }

    public String ref() {
        return ref;
    }

    public LocalDateTime logged() {
        return time(logged);
    }

    public Priority priority() {
        return priority;
    }

    public String category() {
        return category;
    }

    public CallType type() {
        return type;
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
        return time(responded);
    }

    public LocalDateTime resolved() {
        return time(resolved);
    }

    public long onHoldMinutes() {
        return onHoldMinutes;
    }

    public String escalatedTo() {
        return escalatedTo;
    }

    public Integer reopened() {
        return reopened;
    }

    /** Where the call was read from; null for a call made in code without one. */
    public RowRef source() {
        return file == null ? null : new RowRef(file, sheet, row);
    }

    /** True when the call was passed to an external supplier. */
    public boolean escalated() {
        return escalatedTo != null && !escalatedTo.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Incident i
                && ref.equals(i.ref)
                && logged == i.logged
                && priority == i.priority
                && category.equals(i.category)
                && type == i.type
                && Objects.equals(reportedBy, i.reportedBy)
                && Objects.equals(location, i.location)
                && Objects.equals(assignedTo, i.assignedTo)
                && Objects.equals(assetTag, i.assetTag)
                && responded == i.responded
                && resolved == i.resolved
                && onHoldMinutes == i.onHoldMinutes
                && Objects.equals(escalatedTo, i.escalatedTo)
                && Objects.equals(reopened, i.reopened)
                && Objects.equals(source(), i.source());
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                ref,
                logged,
                priority,
                category,
                type,
                reportedBy,
                location,
                assignedTo,
                assetTag,
                responded,
                resolved,
                onHoldMinutes,
                escalatedTo,
                reopened,
                file,
                sheet,
                row);
    }

    @Override
    public String toString() {
        return "Incident[ref=" + ref + ", logged=" + logged() + ", priority=" + priority + ", category=" + category
                + ", type=" + type + ", reportedBy=" + reportedBy + ", location=" + location + ", assignedTo="
                + assignedTo + ", assetTag=" + assetTag + ", responded=" + responded() + ", resolved=" + resolved()
                + ", onHoldMinutes=" + onHoldMinutes + ", escalatedTo=" + escalatedTo + ", reopened=" + reopened
                + ", source=" + source() + "]";
    }
}
