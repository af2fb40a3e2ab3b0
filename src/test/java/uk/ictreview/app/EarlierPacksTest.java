package uk.ictreview.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ictreview.model.Period;

class EarlierPacksTest {
    static final Period SUMMER = new Period(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 7, 22));

    static void pack(Path school, String from, String to) throws Exception {
        Path d = Files.createDirectories(school.resolve(from + "_" + to));
        Files.writeString(
                d.resolve("figures.json"),
                "{\n  \"school\": \"Oak\",\n  \"period\": {\n    \"from\": \"" + from + "\",\n    \"to\": \"" + to
                        + "\"\n  },\n  \"sla\": {}\n}\n");
    }

    @Test
    void theLatestPackThatEndedBeforeThisOneIsTheLastReview(@TempDir Path school) throws Exception {
        pack(school, "2025-09-01", "2025-12-19");
        pack(school, "2026-01-05", "2026-03-27");
        pack(school, "2026-04-13", "2026-07-22"); // this period, built before: not an earlier review
        pack(school, "2026-09-01", "2026-12-18"); // a later period: not earlier either
        Files.createDirectories(school.resolve("check")); // check --annotate's folder: no figures.json
        Files.createDirectories(school.resolve("broken"));
        Files.writeString(school.resolve("broken/figures.json"), "{ not json");
        assertThat(EarlierPacks.latestBefore(school, SUMMER)).contains(LocalDate.of(2026, 3, 27));
    }

    @Test
    void noFolderOrNoEarlierPackIsEmpty(@TempDir Path school) throws Exception {
        assertThat(EarlierPacks.latestBefore(school.resolve("absent"), SUMMER)).isEmpty();
        pack(school, "2026-04-13", "2026-07-22");
        assertThat(EarlierPacks.latestBefore(school, SUMMER)).isEmpty();
    }
}
