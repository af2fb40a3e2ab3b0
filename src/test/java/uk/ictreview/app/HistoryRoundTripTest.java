package uk.ictreview.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.model.EarlierPack;
import uk.ictreview.model.PackHistory;
import uk.ictreview.model.Period;
import uk.ictreview.read.EarlierPacks;
import uk.ictreview.testing.MiniJson;

/**
 * The example school built for Spring 2026, then for its own period (13 April - 22 July 2026) into the same output
 * folder: the second pack draws on the first, and what it shows of it is what the first showed as "this pack".
 */
class HistoryRoundTripTest {
    @TempDir
    static Path out;

    static Path school;
    static Map<String, Object> spring;
    static Map<String, Object> summer;

    @BeforeAll
    static void buildTwice() throws Exception {
        CliTest.Result first =
                CliTest.run("build", "--out", out.toString(), "--from", "2026-01-01", "--to", "2026-03-31");
        assertThat(first.code()).as(first.err()).isIn(0, 1);
        CliTest.Result second = CliTest.run("build", "--out", out.toString());
        assertThat(second.code()).as(second.err()).isIn(0, 1);
        school = out.resolve("hollowmere-academy");
        spring = history(school.resolve("2026-01-01_2026-03-31"));
        summer = history(school.resolve("2026-04-13_2026-07-22"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> history(Path pack) throws Exception {
        Map<String, Object> f = (Map<String, Object>) MiniJson.parse(Files.readString(pack.resolve("figures.json")));
        return (Map<String, Object>) f.get("history");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLaterPackDrawsOnTheEarlierAsItShowedItself() {
        assertThat((List<Object>) spring.get("packs")).isEmpty();
        List<Map<String, Object>> drawn = (List<Map<String, Object>>) summer.get("packs");
        assertThat(drawn).hasSize(1);
        Map<String, Object> earlier = new HashMap<>(drawn.get(0));
        assertThat(earlier.remove("folder")).isEqualTo("2026-01-01_2026-03-31");
        Map<String, Object> asShown = new HashMap<>((Map<String, Object>) spring.get("current"));
        asShown.remove("folder");
        assertThat(earlier).isEqualTo(asShown);
        // Real figures, not nulls: the example has a budget, a skills matrix and judged standards.
        assertThat(earlier.values()).doesNotContainNull();
    }

    @Test
    void theStandardsReviewSeesTheEarlierPackAndTheReaderAgrees() {
        Period summerPeriod = new Period(LocalDate.parse("2026-04-13"), LocalDate.parse("2026-07-22"));
        PackHistory h = EarlierPacks.read(school, "Hollowmere Academy", summerPeriod);
        assertThat(h.ignored()).isEmpty();
        assertThat(h.latestEnd()).isEqualTo(LocalDate.parse("2026-03-31"));
        EarlierPack p = h.packs().get(0);
        assertThat(p.skillsTotal()).isEqualTo(12);
    }
}
