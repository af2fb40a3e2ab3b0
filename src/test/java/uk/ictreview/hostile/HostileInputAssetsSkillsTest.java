package uk.ictreview.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ictreview.hostile.HostileInputSchool.BLANK;
import static uk.ictreview.hostile.HostileInputSchool.build;
import static uk.ictreview.hostile.HostileInputSchool.check;
import static uk.ictreview.hostile.HostileInputSchool.school;
import static uk.ictreview.hostile.HostileInputSchool.set;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ictreview.hostile.HostileInputSchool.DateNumber;

/**
 * Wrong and implausible values in every column of assets.xlsx and skills.xlsx (issue 9), as in
 * {@link HostileInputIncidentsTest}; the values that once crashed or misled {@code build} are built too.
 */
class HostileInputAssetsSkillsTest {
    static final int ERROR = 2;
    static final int WARNING = 1;

    static Stream<Arguments> cells() {
        String a = "assets.xlsx";
        String k = "skills.xlsx";
        return Stream.of(
                Arguments.of(a, "Assets", "Tag", 3, BLANK, ERROR, "Tag is blank"),
                Arguments.of(a, "Assets", "Type", 3, "Toaster", WARNING, "Type 'Toaster' is not"),
                Arguments.of(a, "Assets", "Purchased", 3, "01/01/1899", WARNING, "is before 1980"),
                Arguments.of(a, "Assets", "Purchased", 3, new DateNumber(12.5), WARNING, "the number 12.5"),
                Arguments.of(a, "Assets", "Cost", 3, 1e308, WARNING, "up to £100,000"),
                Arguments.of(a, "Assets", "Cost", 3, -5, WARNING, "(not negative)"),
                Arguments.of(a, "Assets", "Cost", 3, "£649,99", WARNING, "write 649.99 with a full stop"),
                Arguments.of(a, "Assets", "Warranty ends", 3, "01/01/1970", WARNING, "a date from 1980 on"),
                Arguments.of(a, "Assets", "Status", 3, "Broken", WARNING, "read as In repair"),
                Arguments.of(a, "Assets", "Replace by", 3, "01/01/2099", WARNING, "is past any refresh plan"),
                Arguments.of(a, "Assets", "Replacement cost", 3, "NaN", WARNING, "read as blank"),
                Arguments.of(a, "Lifecycle", "Lifetime", 0, 1e9, ERROR, "a whole number of years from 1 to 20"),
                Arguments.of(a, "Lifecycle", "Lifetime", 0, 3.5, ERROR, "Lifetime '3.5' is not"),
                Arguments.of(a, "Lifecycle", "Replacement cost", 0, 1e308, ERROR, "up to £100,000"),
                Arguments.of(a, "Lifecycle", "Annual price change", 0, 1e308, WARNING, "from -25% to 25%"),
                Arguments.of(a, "Budget", "Financial year", 0, "2026", ERROR, "a financial year such as"),
                Arguments.of(a, "Budget", "Capital budget", 0, 1e308, ERROR, "up to £5,000,000"),
                Arguments.of(k, "Staff", "Name", 1, BLANK, ERROR, "Name is blank"),
                Arguments.of(k, "Staff", "Role", 1, BLANK, ERROR, "Role is blank"),
                Arguments.of(k, "Staff", "FTE", 1, 100, WARNING, "a number from 0 to 1.5"),
                Arguments.of(k, "Staff", "FTE", 1, -1, WARNING, "FTE 1.0 is used"),
                Arguments.of(k, "Staff", "FTE", 1, "half", WARNING, "FTE 1.0 is used"),
                Arguments.of(k, "Staff", "Desktop", 1, "E", WARNING, "is not a level"),
                Arguments.of(k, "Needs", "Skill", 0, "Juggling", ERROR, "Skill 'Juggling' is not one of"),
                Arguments.of(k, "Needs", "Need", 0, "Z", WARNING, "the default need"));
    }

    @ParameterizedTest(name = "{1} {2} = {4}")
    @MethodSource("cells")
    void aBadCellIsNamedWithWhatWasFound(
            String book, String sheet, String column, int nth, Object value, int code, String says, @TempDir Path dir)
            throws Exception {
        Path s = school(dir);
        String place = set(s, book, sheet, column, nth, value);
        check(s, code, place + ": " + (code == ERROR ? "error" : "warning"), says);
    }

    @Test
    void aLifetimeOfAThousandMillionYearsIsRefusedAndBuildStillWrites(@TempDir Path dir) throws Exception {
        // It once passed check and crashed build with a stack trace (a due date past the year 999,999,999).
        Path s = school(dir.resolve("school"));
        String place = set(s, "assets.xlsx", "Lifecycle", "Lifetime", 0, 1_000_000_000);
        build(s, dir.resolve("out"), 1, "1 policy row skipped");
        check(s, 2, place + ": error: Lifetime '1000000000' is not");
        assertThat(figures(dir.resolve("out"))).contains("\"levelAnnualBudget\"");
    }

    @Test
    void aCostOf1e308IsReadAsBlankAndBuildWrites(@TempDir Path dir) throws Exception {
        // It once ended in a template error that named no cell.
        Path s = school(dir.resolve("school"));
        String place = set(s, "assets.xlsx", "Assets", "Cost", 0, 1e308);
        build(s, dir.resolve("out"), 1);
        check(s, 1, place + ": warning: Cost '1E+308' is not");
        assertThat(figures(dir.resolve("out"))).doesNotContain("E+3");
    }

    @Test
    void anFteOf100IsReadAsOneAndNotPrinted(@TempDir Path dir) throws Exception {
        // FTE 100 once printed "102.4 FTE". Read as blank it is 1.0: the team's total stays below 10.
        Path s = school(dir.resolve("school"));
        set(s, "skills.xlsx", "Staff", "FTE", 0, 100);
        build(s, dir.resolve("out"), 1);
        String json = figures(dir.resolve("out"));
        String fte = json.replaceAll("(?s).*\"supportFte\"\\s*:\\s*([0-9.]+).*", "$1");
        assertThat(Double.parseDouble(fte)).isLessThan(10);
    }

    private static String figures(Path out) throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            Path f = files.filter(p -> p.getFileName().toString().equals("figures.json"))
                    .findFirst()
                    .orElseThrow();
            return Files.readString(f, StandardCharsets.UTF_8);
        }
    }
}
