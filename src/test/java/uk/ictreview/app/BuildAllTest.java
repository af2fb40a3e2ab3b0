package uk.ictreview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ictreview.app.CliTest.run;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.workbook.ExampleSchool;

/** {@code build-all} as a trust runs it: every school built, a bad one reported, the comparison written. */
class BuildAllTest {
    @TempDir
    static Path tmp;

    static Path trust;
    static Path out;
    static CliTest.Result result;

    /**
     * A trust of three copies of the example school, one renamed in its pack.md and one with the same name as
     * another, a folder with only a pack.md (its workbooks are missing), and a folder of notes that is no school.
     */
    @BeforeAll
    static void buildTheTrust() throws IOException {
        trust = tmp.resolve("Northgate Trust");
        ExampleSchool.extractTo(trust.resolve("hollowmere"));
        ExampleSchool.extractTo(trust.resolve("ashby"));
        rename(trust.resolve("ashby"), "Ashby Road Primary");
        ExampleSchool.extractTo(trust.resolve("hollowmere-copy"));
        Files.createDirectories(trust.resolve("broken"));
        Files.writeString(trust.resolve("broken/pack.md"), "---\nschool: Broken Lane School\n---\n");
        Files.createDirectories(trust.resolve("minutes"));
        Files.writeString(trust.resolve("minutes/notes.txt"), "not a school");
        Files.writeString(trust.resolve(TrustName.FILE), "# Northgate Learning Trust\n\nOur three schools.\n");
        out = tmp.resolve("out");
        result = run("build-all", trust.toString(), "--out", out.toString(), "--jobs", "2");
    }

    private static void rename(Path school, String name) throws IOException {
        Path pack = school.resolve("pack.md");
        String text = Files.readString(pack, StandardCharsets.UTF_8);
        Files.writeString(pack, text.replaceFirst("(?m)^school: .*$", "school: " + name), StandardCharsets.UTF_8);
    }

    @Test
    void aSchoolThatCannotBeBuiltIsExit2AndTheOthersAreStillBuilt() {
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err())
                .contains("building 4 schools from " + trust + ", 2 at a time")
                .contains(
                        "broken: incidents.xlsx, assets.xlsx and skills.xlsx: not found in " + trust.resolve("broken"))
                .contains("1 school folder was not built")
                .doesNotContain("minutes");
        assertThat(out.resolve("hollowmere-academy/2026-04-13_2026-07-22/governors-pack.pdf"))
                .isRegularFile();
        assertThat(out.resolve("ashby-road-primary/2026-04-13_2026-07-22/index.html"))
                .isRegularFile();
        assertThat(result.out())
                .contains("wrote the comparison of 3 of 4 schools to " + out.resolve("northgate-trust-comparison"));
    }

    @Test
    void aProgressLineForEachSchoolWhenNotOnATerminal() {
        assertThat(result.err()).contains("[1/4] ", "[2/4] ", "[3/4] ", "[4/4] ");
        assertThat(result.err())
                .contains("Broken Lane School (broken): not built")
                .doesNotContain("[5/4]");
    }

    @Test
    void twoFoldersNamingTheSameSchoolDoNotOverwriteEachOther() {
        assertThat(out.resolve("hollowmere-academy/2026-04-13_2026-07-22/figures.json"))
                .isRegularFile();
        assertThat(out.resolve("hollowmere-academy-hollowmere-copy/2026-04-13_2026-07-22/figures.json"))
                .isRegularFile();
    }

    @Test
    void theComparisonCsvHasEachSchoolsOwnFiguresJsonNumbers() throws IOException {
        List<CSVRecord> rows = csv();
        assertThat(rows)
                .extracting(r -> r.get("Folder"))
                .containsExactly("ashby", "broken", "hollowmere", "hollowmere-copy");
        CSVRecord ashby = rows.get(0);
        String json = Files.readString(out.resolve("ashby-road-primary/2026-04-13_2026-07-22/figures.json"));
        String overall = json.substring(json.indexOf("\"overall\""));
        assertThat(ashby.get("Calls")).isEqualTo(number(overall, "calls"));
        assertThat(ashby.get("Resolved within target")).isEqualTo(number(overall, "resolutionMet"));
        assertThat(ashby.get("Within target %")).isEqualTo(number(overall, "resolutionMetPct"));
        assertThat(ashby.get("Overdue devices")).isEqualTo(number(json, "overdueUnits"));
        assertThat(new BigDecimal(ashby.get("Overdue cost")))
                .isEqualByComparingTo(new BigDecimal(number(json, "overdueCost")));
        assertThat(ashby.get("From")).isEqualTo("2026-04-13");
        assertThat(ashby.get("State")).isEqualTo("Built, with data errors or warnings");
        CSVRecord broken = rows.get(1);
        assertThat(broken.get("State")).isEqualTo("Not built");
        assertThat(broken.get("Calls")).isEmpty();
        assertThat(broken.get("Problem")).startsWith("incidents.xlsx, assets.xlsx and skills.xlsx: not found");
    }

    @Test
    void theTrustTotalsPoolTheSchoolsCalls() throws IOException {
        // Three copies of one school: 843 of 933 judged calls met in each, so 2,529 of 2,799 = 90.354...% -> 90.4%;
        // the plan is £837,352.25 in each (replacements recurring within the horizon), £2,512,056.75 for the three.
        Document page =
                Jsoup.parse(out.resolve("northgate-trust-comparison/index.html").toFile(), "UTF-8");
        assertThat(csv().get(0).get("Judged")).isEqualTo("933");
        assertThat(csv().get(0).get("Resolved within target")).isEqualTo("843");
        assertThat(page.getElementById("trust-sla-pct").text()).isEqualTo("90.4%");
        // On the page in whole pounds (issue 12); comparison.csv keeps the pence.
        assertThat(page.getElementById("trust-refresh-cost").text()).isEqualTo("£2,512,057");
        assertThat(page.getElementById("trust-headline").text())
                .startsWith("3 schools of 4 built; across them 90.4% of calls were resolved within target (2,529 of"
                        + " 2,799 judged)");
        assertThat(page.getElementById("not-built").text()).contains("Broken Lane School", "broken");
        assertThat(page.select("a[href=\"../ashby-road-primary/2026-04-13_2026-07-22/index.html\"]"))
                .isNotEmpty();
        assertThat(page.select("a[href=\"../ashby-road-primary/2026-04-13_2026-07-22/governors-pack.pdf\"]"))
                .hasSize(1);
        assertThat(page.select("[src], link[href]")).isEmpty();
    }

    @Test
    void aSchoolNotBuiltIsGivenItsRealReasonNotTheFirstLineItPrinted(@TempDir Path dir) throws IOException {
        // The period runs past the day of the build, so the build first prints that it was cut; then its output
        // folder cannot be made (a file is in the way). The comparison must give the second as the reason.
        Path t = dir.resolve("trust");
        ExampleSchool.extractTo(t.resolve("hollowmere"));
        Path pack = t.resolve("hollowmere/pack.md");
        String text = Files.readString(pack, StandardCharsets.UTF_8);
        Files.writeString(pack, text.replace("  to: 2026-07-22", "  to: 2026-08-31"), StandardCharsets.UTF_8);
        Path o = dir.resolve("out");
        Files.createDirectories(o);
        Files.writeString(o.resolve("hollowmere-academy"), "in the way");
        CliTest.Result r = run("build-all", t.toString(), "--out", o.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("hollowmere: ").contains("runs to 31 August 2026");
        String csv = Files.readString(o.resolve("trust-comparison/comparison.csv"));
        assertThat(csv).contains("is a file").doesNotContain("31 August");
    }

    @Test
    void noSchoolFoldersIsBadInputAndWritesNothing(@TempDir Path empty) throws IOException {
        Files.createDirectories(empty.resolve("trust/just-notes"));
        Path o = empty.resolve("out");
        CliTest.Result r = run("build-all", empty.resolve("trust").toString(), "--out", o.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("holds no school folders", "Nothing was written.");
        assertThat(o).doesNotExist();
    }

    @Test
    void aMissingTrustFolderOrZeroJobsIsBadInput(@TempDir Path dir) {
        CliTest.Result missing = run("build-all", dir.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("nowhere does not exist: expected a trust's folder");
        CliTest.Result zero = run("build-all", dir.toString(), "--jobs", "0");
        assertThat(zero.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(zero.err()).contains("--jobs 0 is not valid");
    }

    @Test
    void theComparisonIsHeadedByTheNameInTrustMdNotTheFolder() throws IOException {
        // The folder is "Northgate Trust"; trust.md beside the school folders says "# Northgate Learning Trust".
        // The output folder keeps the folder's name, so a rebuild writes to the same place.
        Path page = out.resolve("northgate-trust-comparison/index.html");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(html).getElementById("trust-name").text())
                .isEqualTo("Northgate Learning Trust");
        assertThat(result.err()).doesNotContain("trust.md");
    }

    @Test
    void theFoldersFoundAreTheSchoolsOnly() throws IOException {
        assertThat(BuildAllCommand.schoolFolders(trust, trust.resolve("out")))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("ashby", "broken", "hollowmere", "hollowmere-copy");
    }

    @Test
    void aRedrawnLineIsCutSoItNeverWraps() {
        assertThat(Progress.fit("short", 79)).isEqualTo("short");
        String cut = Progress.fit("x".repeat(100), 79);
        assertThat(cut).hasSize(79).endsWith("...");
    }

    @Test
    void theBarFillsInProportion() {
        assertThat(Progress.bar(0, 4)).isEqualTo("[------------------------]");
        assertThat(Progress.bar(1, 4)).isEqualTo("[######------------------]");
        assertThat(Progress.bar(4, 4)).isEqualTo("[########################]");
    }

    private static List<CSVRecord> csv() throws IOException {
        String text = Files.readString(out.resolve("northgate-trust-comparison/comparison.csv"));
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(text))
                .getRecords();
    }

    /** The first number after {@code "key":} in a piece of figures.json. */
    private static String number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(-?[0-9.]+)").matcher(json);
        assertThat(m.find()).as(key).isTrue();
        return m.group(1);
    }
}
