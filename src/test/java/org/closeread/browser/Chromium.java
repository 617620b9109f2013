package org.closeread.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromedriver for real-browser tests. Where they are missing, a browser test
 * is skipped with a loud reason, unless {@code -Dcloseread.browser.required=true} (CI) makes that a
 * failure. Paths can be moved with {@code -Dcloseread.chromium=...} and {@code -Dcloseread.chromedriver=...}.
 */
public final class Chromium {

    public static final String REQUIRED = "closeread.browser.required";

    private static final Path BROWSER = Path.of(System.getProperty("closeread.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("closeread.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    public static boolean available() {
        return missing().isEmpty();
    }

    /** Why no browser test can run here, if it cannot. */
    public static Optional<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(BROWSER)) {
            missing.add("chromium not found at " + BROWSER + " (apt-get install chromium)");
        }
        if (!Files.isExecutable(DRIVER)) {
            missing.add("chromedriver not found at " + DRIVER + " (apt-get install chromium-driver)");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", missing));
    }

    /** Skips the calling test (or test class, from {@code @BeforeAll}) without a browser; fails instead where one is required. */
    public static void assumeAvailable() {
        Optional<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        if (Boolean.getBoolean(REQUIRED)) {
            Assertions.fail("Browser tests are required (-D" + REQUIRED + "=true) but " + missing.get());
        }
        String reason = "SKIPPING browser test: " + missing.get() + ". Set -D" + REQUIRED + "=true to fail instead.";
        System.err.println("*** " + reason + " ***");
        Assumptions.abort(reason);
    }

    /**
     * A headless chromium at 1280×800 with a fresh profile, removed again on {@code quit()}.
     * Skips or fails like {@link #assumeAvailable()} when there is no browser.
     */
    public static ChromeDriver driver() {
        assumeAvailable();
        Path profile = newProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,800", "--lang=en-GB", "--user-data-dir=" + profile);
        // The console, so tests can check that nothing was blocked (Content Security Policy) or failed.
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new ChromeDriver(service, options) {
                @Override
                public void quit() {
                    try {
                        super.quit();
                    } finally {
                        delete(profile);
                    }
                }
            };
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    private static Path newProfile() {
        try {
            return Files.createTempDirectory("closeread-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not remove the browser profile " + directory + ": " + e);
        }
    }
}
