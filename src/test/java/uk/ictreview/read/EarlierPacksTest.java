package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.model.EarlierPack;
import uk.ictreview.model.PackHistory;
import uk.ictreview.model.Period;

class EarlierPacksTest {
    private static final Period SUMMER = new Period(LocalDate.parse("2026-04-13"), LocalDate.parse("2026-07-22"));

    @TempDir
    Path out;

    private void pack(String folder, String json) throws Exception {
        Files.createDirectories(out.resolve(folder));
        Files.writeString(out.resolve(folder).resolve("figures.json"), json);
    }

    private static String figures(String school, String from, String to) {
        return """
                {"school": "%s", "period": {"from": "%s", "to": "%s"},
                 "sla": {"calls": 10, "overall": {"resolutionMetPct": 87.5}},
                 "refresh": {"years": [
                     {"year": "2025-26", "units": 3, "cost": 1200.00, "budget": 1000.00},
                     {"year": "2026-27", "units": 1, "cost": 400.00, "budget": 500.00},
                     {"year": "2027-28", "units": 2, "cost": 900.50, "budget": 600.25},
                     {"year": "2028-29", "units": 0, "cost": 0.00, "budget": null}],
                   "overdueUnits": 2, "overdueCost": 800.00, "levelAnnualBudget": 625.13},
                 "skills": {"supportFte": 2.0, "bySkill": [
                     {"skill": "A", "covered": true, "holdersAtNeed": 1, "singlePointOfKnowledge": true},
                     {"skill": "B", "covered": false, "holdersAtNeed": 0, "singlePointOfKnowledge": false},
                     {"skill": "C", "covered": true, "holdersAtNeed": 2, "singlePointOfKnowledge": false}]},
                 "standards": {"overall": "partly-met",
                   "lines": [{"id": "a", "status": "met"}, {"id": "b", "status": "partly-met"},
                             {"id": "c", "status": "met"}],
                   "areas": [{"area": "x", "status": "met"}]}}
                """
                .formatted(school, from, to);
    }

    @Test
    void theHeadlineFiguresOfThisSchoolsEarlierPacks() throws Exception {
        pack("2026-01-01_2026-03-31", figures("Hollowmere Academy", "2026-01-01", "2026-03-31"));
        pack("2025-09-01_2025-12-31", figures("Hollowmere Academy", "2025-09-01", "2025-12-31"));
        PackHistory f = EarlierPacks.read(out, "Hollowmere Academy", SUMMER);
        assertThat(f.ignored()).isEmpty();
        assertThat(f.packs())
                .extracting(EarlierPack::folder)
                .containsExactly("2025-09-01_2025-12-31", "2026-01-01_2026-03-31");
        EarlierPack p = f.packs().get(0);
        assertThat(p.slaMetPct()).isEqualByComparingTo("87.5");
        // As the refresh section says it: the budgeted years cost 1200 + 400 + 900.50 = 2500.50 against budgets of
        // 1000 + 500 + 600.25 = 2100.25, a shortfall of 400.25 (2026-27's surplus offsets); 2028-29 has no budget.
        assertThat(p.refreshShortfall()).isEqualByComparingTo("400.25");
        assertThat(p.refreshOverdueUnits()).isEqualTo(2);
        assertThat(p.refreshOverdueCost()).isEqualByComparingTo("800.00");
        assertThat(p.skillsCovered()).isEqualTo(2);
        assertThat(p.skillsTotal()).isEqualTo(3);
        assertThat(p.singlePoints()).isEqualTo(1);
        assertThat(p.standardsMet()).isEqualTo(2);
        assertThat(p.standardsTotal()).isEqualTo(3);
    }

    @Test
    void onlyPacksThatEndedBeforeThisPeriodBeganCount() throws Exception {
        pack("2026-04-13_2026-07-22", figures("Hollowmere Academy", "2026-04-13", "2026-07-22"));
        pack("2026-01-01_2026-04-13", figures("Hollowmere Academy", "2026-01-01", "2026-04-13"));
        pack("2026-01-01_2026-04-12", figures("Hollowmere Academy", "2026-01-01", "2026-04-12"));
        PackHistory h = EarlierPacks.read(out, "Hollowmere Academy", SUMMER);
        assertThat(h.searched()).isTrue();
        assertThat(h.packs()).extracting(EarlierPack::folder).containsExactly("2026-01-01_2026-04-12");
        // The yearly review counts a pack that ends inside this period (13 April), not this period rebuilt.
        assertThat(h.latestEnd()).isEqualTo(LocalDate.parse("2026-04-13"));
    }

    @Test
    void theLatestPackThatEndedBeforeThisOneIsTheLastReview() throws Exception {
        pack("2025-09-01_2025-12-19", figures("Hollowmere Academy", "2025-09-01", "2025-12-19"));
        pack("2026-01-05_2026-03-27", figures("Hollowmere Academy", "2026-01-05", "2026-03-27"));
        pack("2026-04-13_2026-07-22", figures("Hollowmere Academy", "2026-04-13", "2026-07-22")); // this period
        pack("2026-09-01_2026-12-18", figures("Hollowmere Academy", "2026-09-01", "2026-12-18")); // a later one
        Files.createDirectories(out.resolve("check")); // check --annotate's folder: no figures.json, passed over
        pack("broken", "{ not json");
        PackHistory h = EarlierPacks.read(out, "Hollowmere Academy", SUMMER);
        assertThat(h.latestEnd()).isEqualTo(LocalDate.parse("2026-03-27"));
        assertThat(h.ignored()).hasSize(1).allMatch(s -> s.startsWith("broken/figures.json was left out"));
        PackHistory none = EarlierPacks.read(out.resolve("absent"), "Hollowmere Academy", SUMMER);
        assertThat(none.searched()).isTrue();
        assertThat(none.latestEnd()).isNull();
        assertThat(none.packs()).isEmpty();
    }

    @Test
    void unreadablePacksAreLeftOutAndNamed() throws Exception {
        pack("a", "{\"school\": \"Hollowmere Academy\", \"period\": ");
        pack("b", figures("Ashby Road Primary", "2025-09-01", "2025-12-31"));
        pack("c", "{\"school\": \"Hollowmere Academy\", \"period\": {\"from\": \"1/9/2025\", \"to\": null}}");
        Files.createDirectories(out.resolve(".d.tmp-1"));
        Files.writeString(out.resolve(".d.tmp-1/figures.json"), "half");
        pack(
                "e",
                "{\"school\": \"Hollowmere Academy\", \"period\": {\"from\": \"2025-09-01\", \"to\": \"2025-12-31\"}}");
        PackHistory f = EarlierPacks.read(out, "Hollowmere Academy", SUMMER);
        assertThat(f.ignored())
                .containsExactly(
                        "a/figures.json was left out: it is not valid JSON (the text ends where a value was expected"
                                + " at character 44).",
                        "b/figures.json was left out: it is the pack of \"Ashby Road Primary\", not of \"Hollowmere"
                                + " Academy\".",
                        "c/figures.json was left out: its period is not two dates (from 1/9/2025, to null).");
        // A pack with no figures beyond its period still counts: its headline figures are not known.
        EarlierPack e = f.packs().get(0);
        assertThat(e.folder()).isEqualTo("e");
        assertThat(e.refreshShortfall()).isNull();
        assertThat(e.skillsCovered()).isNull();
        assertThat(e.standardsMet()).isNull();
        assertThat(EarlierPacks.read(out.resolve("none"), "Hollowmere Academy", SUMMER)
                        .packs())
                .isEmpty();
    }

    @Test
    void jsonNumbersStringsAndEscapes() {
        Object v = JsonText.parse("{\"a\": [1, -2.50, 3e2], \"b\": \"x\\\"y\\u00e9\", \"c\": true, \"d\": null}");
        java.util.Map<String, Object> m = EarlierPacks.map(v, "");
        assertThat(m.keySet()).containsExactly("a", "b", "c", "d");
        assertThat(m.get("a"))
                .isEqualTo(java.util.List.of(BigDecimal.ONE, new BigDecimal("-2.50"), new BigDecimal("3e2")));
        assertThat(m.get("b")).isEqualTo("x\"y\u00e9");
        assertThat(m.get("c")).isEqualTo(true);
        assertThat(m.get("d")).isNull();
    }
}
