package uk.ictreview.app;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine;

/**
 * A day on the command line: ISO {@code 2026-10-23} or UK {@code 23/10/2026}, as the workbooks accept; never
 * month-first.
 */
final class DayConverter implements CommandLine.ITypeConverter<LocalDate> {
    private static final DateTimeFormatter UK =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
        String v = value.trim();
        try {
            return v.contains("/") ? LocalDate.parse(v, UK) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a date: write it as 2026-10-23 or 23/10/2026");
        }
    }
}
