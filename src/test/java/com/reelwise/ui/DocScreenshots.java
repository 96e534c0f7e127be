package com.reelwise.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Takes the README's screenshots of the map, users and dark search pages from a running app, at desktop
 * (1280 px) and phone (390 px) width. Not part of the build (the name matches no test pattern); run with
 * {@code mvn test -Dtest=DocScreenshots -Dsurefire.failIfNoSpecifiedTests=false -Dreelwise.screenshots.url=http://localhost:7860}.
 */
class DocScreenshots {

    private static final Path OUT = Path.of("docs", "screenshots");

    @Test
    void takeScreenshots() throws IOException {
        String url = System.getProperty("reelwise.screenshots.url");
        assumeTrue(url != null, "Set -Dreelwise.screenshots.url to a running app");
        Files.createDirectories(OUT);
        shoot(url, 1280, 1000, "desktop");
        shoot(url, 390, 844, "phone");
    }

    private static void shoot(String url, int width, int height, String size) throws IOException {
        ChromeDriver driver = HeadlessChromium.start(width, height);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
            driver.get(url + "/map?liked=1,3114,4886");
            wait.until(d -> !d.findElements(By.cssSelector("rw-scatter[data-drawn-points]")).isEmpty());
            // Opens the detail of A Bug's Life as a click on its dot would.
            driver.executeScript("document.querySelector('rw-scatter').dispatchEvent("
                    + "new CustomEvent('point-click', {detail: {movieId: 2355}}))");
            wait.until(d -> !d.findElements(By.cssSelector(".map-detail h3")).isEmpty());
            save(driver, "map-" + size);

            driver.get(url + "/users?user=42");
            wait.until(d -> d.findElements(By.cssSelector(".method-status")).stream().anyMatch(e -> !e.getText().isBlank()));
            save(driver, "users-" + size);

            // My films: save two films from a shared-link list, then open the page (the profile cookie is this browser's).
            driver.get(url + "/recommend?liked=1,3114,4886&method=popular");
            for (int i = 0; i < 2; i++) {
                int n = i;
                WebElement add = wait.until(d -> d.findElements(By.cssSelector("vaadin-button[aria-label^='Add '][aria-label$=' to My films']"))
                        .stream().skip(n).findFirst().orElse(null));
                driver.executeScript("arguments[0].click();", add);
                wait.until(d -> d.findElements(By.cssSelector("vaadin-button[aria-label^='Remove '][aria-label$=' from My films']")).size() > n);
            }
            driver.get(url + "/my-films");
            wait.until(d -> !d.findElements(By.cssSelector(".my-films, .myfilms-view, main h2, h2")).isEmpty());
            save(driver, "myfilms-" + size);

            // Recommend with a list on screen (the hybrid, each card's chance of being watched), then the page as a
            // whole: the phone's list is below the picks, so it scrolls there as the page does after Recommend.
            driver.get(url + "/recommend?liked=4993,5952,7153&method=hybrid");
            wait.until(d -> !d.findElements(By.cssSelector(".recommendation-card .score")).isEmpty());
            driver.executeScript("document.querySelector('.recommendation-card').scrollIntoView({block: 'start'})");
            save(driver, "recommend-" + size);

            driver.get(url + "/movie/2355");
            wait.until(d -> !d.findElements(By.cssSelector("h2, h1")).isEmpty());
            save(driver, "movie-" + size);

            driver.get(url + "/metrics");
            wait.until(d -> !d.findElements(By.cssSelector(".headline-chart rw-chart, rw-chart")).isEmpty());
            save(driver, "metrics-" + size);

            driver.get(url + "/about");
            wait.until(d -> !d.findElements(By.cssSelector("h2, h1")).isEmpty());
            save(driver, "about-" + size);

            driver.get(url + "/?q=godfather");
            wait.until(d -> !d.findElements(By.cssSelector(".movie-card .title")).isEmpty());
            save(driver, "search-" + size);

            if (size.equals("desktop")) {
                driver.executeScript("localStorage.setItem('" + ThemeToggle.STORAGE_KEY + "', 'dark')");
                driver.get(url + "/?q=toy%20story");
                wait.until(d -> "dark".equals(d.findElement(By.tagName("html")).getAttribute("theme"))
                        && !d.findElements(By.cssSelector(".movie-card .title")).isEmpty());
                save(driver, "search-dark-" + size);
            }
        } finally {
            driver.quit();
        }
    }

    private static void save(ChromeDriver driver, String name) throws IOException {
        // Vaadin's loading bar shows while a request is in flight: wait until the page has settled.
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "const bar = document.querySelector('.v-loading-indicator');"
                        + "return !bar || getComputedStyle(bar).display === 'none' || bar.style.display === 'none';")));
        Files.write(OUT.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
