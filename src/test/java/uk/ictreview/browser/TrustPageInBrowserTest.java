package uk.ictreview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import uk.ictreview.app.Main;
import uk.ictreview.workbook.ExampleSchool;

/**
 * The trust comparison on a phone (issue 12 point 7): each school's status in every table is on screen at 390 px
 * without sideways scrolling, next to the school's name, however many figures follow it.
 */
class TrustPageInBrowserTest {
    @TempDir
    static Path tmp;

    static Path page;

    private ChromeDriver driver;

    @BeforeAll
    static void buildATrustOfTwo() throws IOException {
        Chromium.assumeInstalled();
        Path trust = tmp.resolve("trust");
        ExampleSchool.extractTo(trust.resolve("hollowmere"));
        ExampleSchool.extractTo(trust.resolve("ashby"));
        Path pack = trust.resolve("ashby/pack.md");
        Files.writeString(
                pack,
                Files.readString(pack, StandardCharsets.UTF_8)
                        .replaceFirst("(?m)^school: .*$", "school: Ashby Road Primary"),
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-07-24T10:00:00Z"), ZoneId.of("Europe/London")),
                "build-all",
                trust.toString(),
                "--out",
                out.toString(),
                "--jobs",
                "1");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(1); // the example's one bad row each
        page = out.resolve("trust-comparison/index.html");
        assertThat(page).exists();
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void onAPhoneEverySchoolsStatusIsOnScreen() throws IOException {
        driver = Chromium.start(390, tmp);
        driver.get(page.toUri().toString());
        // every Status header cell, cut by each ancestor that clips or scrolls sideways, must be whole and on screen
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cells = (List<Map<String, Object>>)
                driver.executeScript(
                        """
                return [...document.querySelectorAll('thead th')]
                    .filter(th => th.innerText.trim() === 'Status')
                    .map(th => {
                      const b = th.getBoundingClientRect();
                      let left = 0, right = window.innerWidth;
                      for (let e = th.parentElement; e; e = e.parentElement) {
                        if (getComputedStyle(e).overflowX !== 'visible') {
                          const eb = e.getBoundingClientRect();
                          left = Math.max(left, eb.left); right = Math.min(right, eb.right);
                        }
                      }
                      return {table: th.closest('section').id, left: b.left, right: b.right, visLeft: left,
                              visRight: right};
                    });
                """);
        // Service levels, Refresh budget, Competences and Digital standards each have one
        assertThat(cells).extracting(c -> c.get("table")).containsExactly("sla", "refresh", "skills", "standards");
        for (Map<String, Object> c : cells) {
            String what = "Status column at 390 px: " + c;
            assertThat(((Number) c.get("left")).doubleValue())
                    .as(what)
                    .isGreaterThanOrEqualTo(((Number) c.get("visLeft")).doubleValue() - 1);
            assertThat(((Number) c.get("right")).doubleValue())
                    .as(what)
                    .isLessThanOrEqualTo(((Number) c.get("visRight")).doubleValue() + 1);
        }
    }
}
