package uk.ictreview.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ictreview.hostile.HostileInputSchool.BLANK;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.hostile.HostileInputSchool.DateNumber;
import uk.ictreview.hostile.HostileInputSchool.Result;

/**
 * Seeded random mutations of the example school's cells (issue 9): each seed changes a few cells of any sheet to a
 * hostile value and runs {@code check} (and for some seeds {@code build}). Whatever the value, the tool exits 0, 1
 * or 2 (never 3, an internal error), prints no stack trace, leaves the inputs byte-identical, and every problem it
 * prints begins with its place (file and sheet, and row or cell where there is one). The seed is in each failure.
 */
class MutationPropertyTest {
    static final int SEEDS = 12;
    /** Seeds whose mutated school is also built: a build costs several seconds, so only a few. */
    static final List<Integer> BUILT = List.of(4);

    /** Each sheet and its columns, as the base school has them. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            "incidents.xlsx/Incidents",
            List.of(
                    "Ref",
                    "Logged",
                    "Priority",
                    "Category",
                    "Type",
                    "Reported by",
                    "Location",
                    "Assigned to",
                    "Asset tag",
                    "Responded",
                    "Resolved",
                    "On hold hours",
                    "Escalated to",
                    "Reopened"),
            "incidents.xlsx/Service levels",
            List.of("Priority", "Name", "Response target", "Resolution target"),
            "incidents.xlsx/Support hours",
            List.of("Day", "Start", "End"),
            "incidents.xlsx/Closures",
            List.of("From", "To", "Reason"),
            "incidents.xlsx/Categories",
            List.of("Category", "Skill"),
            "assets.xlsx/Assets",
            List.of(
                    "Tag",
                    "Type",
                    "Make",
                    "Model",
                    "Serial",
                    "Location",
                    "Purchased",
                    "Cost",
                    "Warranty ends",
                    "Status",
                    "Replace by",
                    "Replacement cost",
                    "Notes"),
            "assets.xlsx/Lifecycle",
            List.of("Type", "Lifetime", "Replacement cost", "Annual price change"),
            "assets.xlsx/Budget",
            List.of("Financial year", "Capital budget"),
            "skills.xlsx/Staff",
            List.of("Name", "Role", "FTE", "Employer", "Desktop", "Server", "Health"),
            "skills.xlsx/Needs",
            List.of("Skill", "Need", "Covered by"));

    static final Object[] VALUES = {
        BLANK,
        "",
        "   ",
        "x",
        "-1",
        -1,
        0,
        1e308,
        -1e308,
        1e9,
        3.5,
        new DateNumber(12.5),
        new DateNumber(1),
        "31/02/2026",
        "02/13/2026",
        "01/01/1899 09:00",
        "1,5",
        "£-3",
        "=HYPERLINK(\"http://x\",\"y\")",
        "@SUM(A1)",
        "NaN",
        "Infinity",
        "1e9999",
        "#N/A",
        "A".repeat(5_000),
        "\u03a9\u2248\u00e7\u221a\u0000\u202e",
        "24:00",
        "P9",
        LocalDateTime.of(2099, 12, 31, 23, 59),
        LocalDateTime.of(1901, 1, 1, 0, 0)
    };

    /** A printed problem: two spaces, then its place: a file, a quoted sheet, then a cell or a row, or nothing. */
    private static final Pattern PROBLEM_LINE = Pattern.compile(
            "  \\S+ '[^']+'(![A-Z]+\\d+| row \\d+)?: (error|warning|note): .+" + "|  \\S+: (error|warning|note): .+");

    @Test
    void anyMutationKeepsTheInvariants(@TempDir Path dir) throws Exception {
        List<String> sheets = COLUMNS.keySet().stream().sorted().toList();
        for (int seed = 1; seed <= SEEDS; seed++) {
            Random rnd = new Random(seed);
            Path school = HostileInputSchool.school(dir.resolve("s" + seed));
            StringBuilder what = new StringBuilder("seed " + seed + ":");
            int changes = 1 + rnd.nextInt(3);
            for (int i = 0; i < changes; i++) {
                String key = sheets.get(rnd.nextInt(sheets.size()));
                String book = key.substring(0, key.indexOf('/'));
                String sheet = key.substring(key.indexOf('/') + 1);
                List<String> cols = COLUMNS.get(key);
                String col = cols.get(rnd.nextInt(cols.size()));
                int rows = HostileInputSchool.dataRows(school, book, sheet, cols.get(0));
                Object value = VALUES[rnd.nextInt(VALUES.length)];
                String place = HostileInputSchool.set(school, book, sheet, col, rnd.nextInt(rows), value);
                what.append(' ')
                        .append(place)
                        .append(" = ")
                        .append(shown(value))
                        .append(';');
            }
            keepsTheInvariants(what.toString(), school, "check", school.toString());
            if (BUILT.contains(seed)) {
                Path out = dir.resolve("out" + seed);
                keepsTheInvariants(what.toString(), school, "build", school.toString(), "--out", out.toString());
                assertThat(Files.exists(out)).as(what.toString()).isTrue();
            }
        }
    }

    private static void keepsTheInvariants(String what, Path school, String... args) throws Exception {
        Map<String, String> before = HostileInputSchool.hashes(school);
        Result r = HostileInputSchool.run(args);
        String as = what + " " + args[0] + " printed:\n" + r.all();
        assertThat(r.code()).as(as).isBetween(0, 2);
        assertThat(HostileInputSchool.hashes(school)).as(as).isEqualTo(before);
        try {
            HostileInputSchool.assertNoStackTrace(r);
        } catch (AssertionError e) {
            throw new AssertionError(what, e);
        }
        if (args[0].equals("check")) {
            for (String line : r.out().split("\n")) {
                // "  ... and 8 more warnings in column B" closes a long list of one kind
                if (line.startsWith("  ") && !line.startsWith("  ... and ")) {
                    assertThat(line).as(as).matches(PROBLEM_LINE);
                }
            }
        }
    }

    private static String shown(Object v) {
        String s = v == BLANK ? "(blank)" : String.valueOf(v);
        return s.length() > 20 ? s.substring(0, 20) + "..." : s;
    }
}
