package uk.ictreview.app;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import uk.ictreview.analyse.Terms;
import uk.ictreview.analyse.competence.CompetenceAnalysis;
import uk.ictreview.model.Incident;
import uk.ictreview.model.PackHistory;
import uk.ictreview.model.PackSettings;
import uk.ictreview.model.Period;
import uk.ictreview.model.SchoolData;
import uk.ictreview.model.StaffNames;
import uk.ictreview.read.FrameworkReader;
import uk.ictreview.read.Workbooks;
import uk.ictreview.report.AreaInput;
import uk.ictreview.report.DataQuality;
import uk.ictreview.report.DiagnosticLine;
import uk.ictreview.report.ReportModel;
import uk.ictreview.report.Sections;
import uk.ictreview.report.markdown.Markdown;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Severity;

/** From a school read to the report model: choose the period, then build every area listed in {@link Sections}. */
final class Pipeline {
    private Pipeline() {}

    private static final DateTimeFormatter UK_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /**
     * The report model; {@code screen} receives the lines to print on standard error about choices the user should
     * hear of at once (a period cut short at the day of the build); {@code earlier} finds the school's earlier packs
     * once the period is chosen.
     */
    static ReportModel model(
            SchoolLoader.Loaded loaded,
            Period override,
            StaffNames names,
            LocalDate today,
            String version,
            List<String> screen,
            Function<Period, PackHistory> earlier) {
        SchoolData data = loaded.data();
        PackSettings s = data.settings();
        List<String> notes = new ArrayList<>();
        Period period = choosePeriod(data, override, today, notes, screen);
        if (override != null) {
            // pack.md's period is checked as the school is read (a warning); the command line's is said here
            SchoolLoader.noCallInPeriod(period, data).ifPresent(m -> screen.add("ictreview: --from/--to: " + m + "."));
        }
        StaffNames staffNames = names != null ? names : s.staffNames();
        Diagnostics d = loaded.diagnostics();
        List<DiagnosticLine> lines = d.all().stream()
                .map(x -> new DiagnosticLine(x.severity().label(), x.place().toString(), x.message()))
                .toList();
        AreaInput input = new AreaInput(
                data,
                period,
                staffNames,
                FrameworkReader.bundled(),
                // Computed once, so the refresh and the competences sections say the same FTE.
                CompetenceAnalysis.supportFte(data.skills().staff()),
                earlier.apply(period));
        return new ReportModel(
                loaded.name(),
                period,
                today,
                version,
                data.counts(),
                new DataQuality(
                        d.count(Severity.ERROR),
                        d.count(Severity.WARNING),
                        d.count(Severity.NOTE),
                        d.rowsSkipped(),
                        d.rowsSkipped(Workbooks.INCIDENTS)
                                + d.rowsSkipped(Workbooks.ASSETS)
                                + d.rowsSkipped(Workbooks.STAFF)),
                Markdown.commentary(s.commentaryMarkdown()),
                lines,
                notes,
                staffNames,
                Sections.build(input));
    }

    /**
     * The period chosen, cut short at the day of the build when it runs past it: a report cannot say what happened
     * on days still to come, and an open call would otherwise be judged on support time not yet gone.
     */
    private static Period choosePeriod(
            SchoolData data, Period override, LocalDate today, List<String> notes, List<String> screen) {
        Period p = requestedPeriod(data, override, today, notes, screen);
        if (p.to().isAfter(today) && !p.from().isAfter(today)) {
            String source = override != null
                    ? "the period given by --to"
                    : data.settings().period() != null
                            ? "the period in pack.md"
                            : "the current term (pack.md sets no period)";
            screen.add("ictreview: " + source + " runs to "
                    + p.to().format(UK_DAY) + ", after today (" + today.format(UK_DAY) + "): the pack covers "
                    + p.from().format(UK_DAY) + " to " + today.format(UK_DAY)
                    + ", as nothing after today has happened yet. Build again after " + p.to().format(UK_DAY)
                    + " for the whole period.");
            notes.add("The period asked for runs to " + p.to() + ", after the day of the build; the report covers "
                    + p.from() + " to " + today + ", as far as the data can go. Build again after " + p.to()
                    + " for the whole period.");
            return new Period(p.from(), today);
        }
        return p;
    }

    private static Period requestedPeriod(
            SchoolData data, Period override, LocalDate today, List<String> notes, List<String> screen) {
        if (override != null) {
            notes.add("The period was set on the command line (--from " + override.from() + " --to " + override.to()
                    + ").");
            return override;
        }
        if (data.settings().period() != null) {
            return data.settings().period();
        }
        Period p = Terms.defaultPeriod(
                today,
                data.incidents().incidents().stream().map(Incident::logged).toList());
        Period term = Terms.termOf(today);
        if (p.to().equals(today) && term.to().isAfter(today)) {
            screen.add("ictreview: pack.md sets no period, so the pack covers the current term so far: "
                    + p.from().format(UK_DAY) + " to " + today.format(UK_DAY) + " (the term runs to "
                    + term.to().format(UK_DAY) + "; nothing after today has happened yet).");
        }
        notes.add("pack.md sets no period, so the report covers " + p.from() + " to " + p.to()
                + ": the school term that contains the day of the build if any call was logged in it, else the latest "
                + "term that has ended and has calls (terms taken as Autumn 1 September - 31 December, Spring 1 January "
                + "- 31 March, Summer 1 April - 31 August).");
        return p;
    }
}
