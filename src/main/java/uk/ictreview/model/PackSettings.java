package uk.ictreview.model;

import java.time.Month;
import java.util.Objects;

/**
 * The settings of one build, from the front matter of pack.md (SPEC 3), with the SPEC's defaults for keys left
 * out. {@code period} is null when pack.md does not set it (the build then chooses a term); {@code school} is
 * null when not given (the folder's name is used). {@code comparePrevious} is false for
 * {@code previous-period: none}. {@code commentaryMarkdown} is the body of pack.md. {@code facts} holds the
 * {@code standards} key and the facts of SPEC 9 the school gave.
 */
public record PackSettings(
        String school,
        Period period,
        Month financialYearStart,
        int horizonYears,
        StaffNames staffNames,
        boolean comparePrevious,
        BankHolidayRegion bankHolidays,
        String commentaryMarkdown,
        SchoolFacts facts) {
    public static final int MIN_HORIZON = 3;
    public static final int MAX_HORIZON = 10;

    public PackSettings {
        Objects.requireNonNull(financialYearStart, "financialYearStart");
        Objects.requireNonNull(staffNames, "staffNames");
        Objects.requireNonNull(bankHolidays, "bankHolidays");
        if (horizonYears < MIN_HORIZON || horizonYears > MAX_HORIZON) {
            throw new IllegalArgumentException("horizon must be 3-10 years, was " + horizonYears);
        }
        commentaryMarkdown = commentaryMarkdown == null ? "" : commentaryMarkdown;
        facts = facts == null ? SchoolFacts.unknown() : facts;
    }

    /** Settings that say nothing about the standards: they are judged, and every fact is not known. */
    public PackSettings(
            String school,
            Period period,
            Month financialYearStart,
            int horizonYears,
            StaffNames staffNames,
            boolean comparePrevious,
            BankHolidayRegion bankHolidays,
            String commentaryMarkdown) {
        this(
                school,
                period,
                financialYearStart,
                horizonYears,
                staffNames,
                comparePrevious,
                bankHolidays,
                commentaryMarkdown,
                SchoolFacts.unknown());
    }

    public static PackSettings defaults() {
        return new PackSettings(
                null, null, Month.APRIL, 5, StaffNames.HIDDEN, true, BankHolidayRegion.ENGLAND_AND_WALES, "");
    }

    public PackSettings withPeriod(Period p) {
        return new PackSettings(
                school,
                p,
                financialYearStart,
                horizonYears,
                staffNames,
                comparePrevious,
                bankHolidays,
                commentaryMarkdown,
                facts);
    }

    public PackSettings withSchool(String name) {
        return new PackSettings(
                name,
                period,
                financialYearStart,
                horizonYears,
                staffNames,
                comparePrevious,
                bankHolidays,
                commentaryMarkdown,
                facts);
    }

    public PackSettings withStaffNames(StaffNames names) {
        return new PackSettings(
                school,
                period,
                financialYearStart,
                horizonYears,
                names,
                comparePrevious,
                bankHolidays,
                commentaryMarkdown,
                facts);
    }
}
