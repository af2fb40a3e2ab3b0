package uk.ictreview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.ictreview.app.CliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.workbook.ExampleSchool;

/** One regression test per problem a new user met: messages that say what is wrong, and where. */
class FirstUserTest {
    @Test
    void anOutFolderInsideAFileIsBadInputInOneLineAndNothingIsWritten(@TempDir Path tmp) throws Exception {
        Path afile = Files.writeString(tmp.resolve("afile"), "not a folder");
        Path out = afile.resolve("out");
        CliTest.Result r = run("build", "--out", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err())
                .isEqualTo("ictreview: cannot write the pack to " + out + ": " + afile + " is a file, not a folder\n"
                        + "Nothing was written.\n");
        assertThat(Files.readString(afile)).isEqualTo("not a folder");
        assertThat(listing(tmp)).containsExactly("afile");
    }

    @Test
    void checkAnnotateAndBuildAllIntoAFileAreBadInputToo(@TempDir Path tmp) throws Exception {
        Path afile = Files.writeString(tmp.resolve("afile"), "x");
        Path school = tmp.resolve("trust/oak");
        ExampleSchool.extractTo(school);
        CliTest.Result check = run(
                "check",
                school.toString(),
                "--annotate",
                "--out",
                afile.resolve("marked").toString());
        assertThat(check.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(check.err())
                .isEqualTo("ictreview: cannot write the marked copies to " + afile.resolve("marked") + ": " + afile
                        + " is a file, not a folder\nNothing was written.\n");
        assertThat(check.out()).as("nothing checked, nothing printed").isEmpty();

        CliTest.Result all = run("build-all", tmp.resolve("trust").toString(), "--out", afile.toString());
        assertThat(all.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(all.err())
                .isEqualTo("ictreview: cannot write the packs to " + afile + ": " + afile
                        + " is a file, not a folder\nNothing was written.\n");
        assertThat(listing(tmp)).containsExactly("afile", "trust");
    }

    @Test
    void anOutFolderInAPlaceThatTakesNoFoldersIsBadInput() {
        // /proc refuses new folders even to root, so this holds however the tests are run.
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        CliTest.Result r = run("build", "--out", "/proc/ictreview-out");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err())
                .startsWith("ictreview: cannot write the pack to /proc/ictreview-out: nothing can be written in /proc");
        assertThat(r.err()).doesNotContain("internal error", "    at ");
    }

    @Test
    void aWriteThatFailsLateIsBadInputNamingThePlaceAndLeavesWhatWasInTheWay(@TempDir Path tmp) throws Exception {
        // The school's own folder under --out is a file: --out itself is fine, so only the write finds it.
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("hollowmere-academy"), "in the way");
        CliTest.Result r = run("build", "--out", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err())
                .contains(
                        "ictreview: cannot write the pack to " + out.resolve("hollowmere-academy/2026-04-13_2026-07-22")
                                + ": " + out.resolve("hollowmere-academy") + " is a file, not a folder")
                .contains("Nothing was written; any earlier output for this period is unchanged.")
                .doesNotContain("internal error");
        assertThat(Files.readString(out.resolve("hollowmere-academy"))).isEqualTo("in the way");
    }

    @Test
    void theDefaultTermCutAtTodayIsSaidOnTheScreenToo(@TempDir Path tmp) {
        // A school from init sets no period: CliTest's clock says 24/07/2026, in the summer term (to 31 August).
        Path school = tmp.resolve("school");
        run("init", school.toString());
        CliTest.Result r =
                run("build", school.toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.err())
                .contains("ictreview: pack.md sets no period, so the pack covers the current term so far: 1 April 2026"
                        + " to 24 July 2026 (the term runs to 31 August 2026; nothing after today has happened yet).");
    }

    @Test
    void aPeriodCutAtTodayIsSaidOnTheScreen(@TempDir Path out) {
        // CliTest's clock says Friday 24/07/2026; the period asked for runs to 31/12/2026.
        CliTest.Result r = run("build", "--from", "13/04/2026", "--to", "31/12/2026", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.WARNINGS);
        assertThat(r.err())
                .contains(
                        "ictreview: the period given by --to runs to 31 December 2026, after today (24 July 2026): the"
                                + " pack covers 13 April 2026 to 24 July 2026, as nothing after today has happened yet. Build"
                                + " again after 31 December 2026 for the whole period.\n");
        assertThat(r.out()).contains("13 April 2026 to 24 July 2026");
    }

    @Test
    void aPackMdPeriodCutAtTodayIsSaidOnTheScreenToo(@TempDir Path tmp) throws IOException {
        Path school = tmp.resolve("school");
        ExampleSchool.extractTo(school);
        Path pack = school.resolve("pack.md");
        Files.writeString(pack, Files.readString(pack).replace("to: 2026-07-22", "to: 2026-08-31"));
        CliTest.Result r =
                run("build", school.toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.err())
                .contains(
                        "ictreview: the period in pack.md runs to 31 August 2026, after today (24 July 2026): the pack"
                                + " covers 13 April 2026 to 24 July 2026");
    }

    @Test
    void aPeriodWhollyInTheFutureIsBadInputAndNothingIsWritten(@TempDir Path out) throws IOException {
        // A user trial: --from 2026-12-01 --to 2026-12-18 built a pack for a period that had not started (and its
        // previous period ran past today). CliTest's clock says 24/07/2026; 25/07/2026 has not started either.
        for (String from : new String[] {"2026-12-01", "25/07/2026"}) {
            CliTest.Result r = run("build", "--from", from, "--to", "2026-12-18", "--out", out.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.out()).isEmpty();
            assertThat(listing(out)).isEmpty();
            if (from.equals("2026-12-01")) {
                assertThat(r.err())
                        .isEqualTo(
                                "ictreview: the period starts on 1 December 2026, after today (24 July 2026): nothing"
                                        + " in it has happened yet; give a period that has started (--from 24/07/2026 or"
                                        + " earlier)\nNothing was written.\n");
            }
        }
        // a period starting today has started: built, cut at today
        CliTest.Result today = run("build", "--from", "24/07/2026", "--to", "2026-12-18", "--out", out.toString());
        assertThat(today.code()).as(today.err()).isNotEqualTo(ExitCode.BAD_INPUT);
        assertThat(today.out()).contains("24 July 2026 to 24 July 2026");
    }

    @Test
    void aPackMdPeriodWhollyInTheFutureIsAWarningAndTheDefaultPeriodIsUsed(@TempDir Path tmp) throws IOException {
        Path school = tmp.resolve("school");
        ExampleSchool.extractTo(school);
        Path pack = school.resolve("pack.md");
        Files.writeString(
                pack,
                Files.readString(pack)
                        .replace("from: 2026-04-13", "from: 2026-09-01")
                        .replace("to: 2026-07-22", "to: 2026-10-23"));
        String warning =
                "pack.md: warning: the period starts on 1 September 2026, after today (24 July 2026): nothing in"
                        + " it has happened yet; the default period is used (set a period that has started)";
        CliTest.Result check = run("check", school.toString());
        assertThat(check.out()).contains(warning);
        CliTest.Result r =
                run("build", school.toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.WARNINGS);
        // the default period: the term holding 24/07/2026 (Summer, 1 April - 31 August), cut at today
        assertThat(r.out()).contains("1 April 2026 to 24 July 2026");
        // With --from/--to the pack.md period is not used, so it is not warned about (a review: the pack said
        // "the default period is used" while the command line's period was).
        Path out2 = tmp.resolve("out2");
        CliTest.Result given =
                run("build", school.toString(), "--from", "13/04/2026", "--to", "22/07/2026", "--out", out2.toString());
        assertThat(given.err()).doesNotContain("after today");
        try (var files = Files.walk(out2)) {
            Path figures =
                    files.filter(f -> f.endsWith("figures.json")).findFirst().orElseThrow();
            assertThat(Files.readString(figures)).contains("\"from\": \"2026-04-13\"");
        }
        try (var files = Files.walk(out2)) {
            Path html = files.filter(f -> f.endsWith("index.html")).findFirst().orElseThrow();
            assertThat(Files.readString(html)).doesNotContain("the default period is used");
        }
    }

    @Test
    void aPeriodEndingBeforeTodayIsNotMentioned(@TempDir Path out) {
        CliTest.Result r = run("build", "--from", "13/04/2026", "--to", "22/07/2026", "--out", out.toString());
        assertThat(r.err()).doesNotContain("after today");
    }

    @Test
    void aBrokenSectionTemplateIsLocatedInItsOwnFile(@TempDir Path tmp) throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates/sections"));
        // line 3, column 1: an #if closed by </#list>
        Files.writeString(templates.resolve("sla.ftlh"), "<section id=\"sla\">\n<#if sla??>\n</#list>\n</section>\n");
        CliTest.Result r = run(
                "build",
                "--templates",
                tmp.resolve("templates").toString(),
                "--out",
                tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        String first =
                r.err().lines().filter(l -> l.contains("template")).findFirst().orElseThrow();
        assertThat(first)
                .startsWith("ictreview: template sections/sla.ftlh line 3, column 1: ")
                .contains("#list")
                .endsWith("(included from template report.ftlh line " + includeLine() + ")");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    /** The line of report.ftlh that includes each section's template (it loops over the sections). */
    private static int includeLine() throws java.io.IOException {
        try (var in = FirstUserTest.class.getResourceAsStream("/uk/ictreview/templates/report.ftlh")) {
            java.util.List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("<#include \"sections/${")
                        && lines.get(i).contains(".ftlh")) {
                    return i + 1;
                }
            }
        }
        throw new AssertionError("report.ftlh includes no section template");
    }

    @Test
    void aBadOptionValueGivesTheMessageAndAHintNotTheWholeUsage() {
        CliTest.Result r = run("build", "--from", "2026/13/45", "--to", "2026-12-01");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().lines().toList())
                .containsExactly(
                        "ictreview: Invalid value for option '--from': '2026/13/45' is not a date: write it as 2026-10-23"
                                + " or 23/10/2026",
                        "ictreview build --help lists the options");
        CliTest.Result unknown = run("build", "--colour", "red");
        assertThat(unknown.err()).as("an unknown option still shows the usage").contains("Usage: ictreview build");
    }

    @Test
    void checkAdviceNamesPackMdWhenOnlyPackMdIsWrong(@TempDir Path tmp) throws IOException {
        // Clean workbooks with one row each (blank ones would now be warned about), as CSV folders.
        Path school = tmp.resolve("school");
        csv(
                school.resolve("incidents/Incidents.csv"),
                "Ref,Logged,Priority,Category\nINC-1,01/07/2026 09:00,P3,Network\n");
        csv(school.resolve("assets/Assets.csv"), "Tag,Type,Purchased\nA-1,Laptop,01/09/2024\n");
        csv(
                school.resolve("skills/Staff.csv"),
                "Name,Role,Desktop & Application Support\nSam Jones,ICT Technician,B\n");
        Files.writeString(
                school.resolve("pack.md"), "---\nschool: Oak Primary\nhorizon-years: 12\n---\n\nA good term.\n");
        CliTest.Result r = run("check", school.toString());
        assertThat(r.out())
                .contains("pack.md: warning: horizon-years '12' is not valid")
                .contains("Correct pack.md in a text editor where named above, then run check again.")
                .doesNotContain("cell named above");
    }

    private static void csv(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void checkAdviceNamesBothWhenTheWorkbooksAndPackMdAreWrong(@TempDir Path tmp) throws IOException {
        Path school = tmp.resolve("school");
        run("init", "--example", school.toString());
        Files.writeString(school.resolve("pack.md"), "---\nschool: \"Oak\n---\n");
        CliTest.Result r = run("check", school.toString());
        assertThat(r.out())
                .contains("pack.md: warning: line 2: the quote \" that opens the value \"Oak is never closed")
                .contains("Correct each cell named above in the workbook (check --annotate writes copies with every one"
                        + " marked), and correct pack.md in a text editor where named above, then run check again."
                        + " Errors leave their row out of the figures; warnings do not.");
        assertThat(r.out()).as("the folder's name, not \"Oak").contains("school: 1 error, 1 warning");
    }

    private static Stream<String> listingStream(Path dir) throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString()).sorted();
    }

    private static java.util.List<String> listing(Path dir) throws IOException {
        try (Stream<String> s = listingStream(dir)) {
            return s.toList();
        }
    }
}
