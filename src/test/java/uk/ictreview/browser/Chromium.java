package uk.ictreview.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (the two come from the same package version, so
 * they always match). Both are named outright, so Selenium never looks for or downloads a browser or driver: only
 * the package registries can be reached, and CI installs {@code chromium chromium-driver} with apt.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    /** Skips the calling test, saying why, when Chromium or its driver is not installed (CI installs both). */
    static void assumeInstalled() {
        assumeTrue(
                Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "browser tests skipped: " + BROWSER + " and " + DRIVER + " are needed (apt-get install chromium"
                        + " chromium-driver; .ci/run installs them)");
    }

    /** A fresh headless browser whose page is {@code width} CSS pixels wide (a phone's at 390, with touch layout). */
    static ChromeDriver start(int width, Path profile) throws IOException {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions o = new ChromeOptions();
        o.setBinary(BROWSER.toFile());
        o.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory(profile, "chromium-"),
                "--window-size=" + width + ",900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver d = new ChromeDriver(service, o);
        // the viewport exactly as a phone (or desktop) gives it, whatever the window's frame takes
        d.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        return d;
    }
}
