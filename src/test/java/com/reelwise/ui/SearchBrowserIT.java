package com.reelwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.TestDatasets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search and recommend pages in a real headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs). Uses the shared data where present, else a tiny generated data set.
 */
// Search needs no model; training NeuMF in the background would only slow this test down.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "reelwise.train-on-start=false")
class SearchBrowserIT {


    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        Path shared = TestDatasets.dir();
        registry.add("reelwise.data-dir", () -> Files.isDirectory(shared.resolve("ml-latest-small")) ? shared : generatedData());
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = HeadlessChromium.start(1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void searchingShowsPosterCardsBestMatchFirst() throws IOException {
        driver.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field input")));

        input.sendKeys("godfater");
        // Search-as-you-type re-renders the cards for every keystroke's query, so read the first card in one
        // script (no stale element between reads) until the final query's answer is on screen.
        @SuppressWarnings("unchecked")
        List<Object> first = wait.until(d -> {
            Object card = ((JavascriptExecutor) d).executeScript("""
                    const c = document.querySelector('.movie-card');
                    if (!c) return null;
                    const text = s => (c.querySelector(s) || {}).textContent || '';
                    const img = c.querySelector('img.poster');
                    return [text('.title').trim(), text('.year').trim(), img ? img.getAttribute('src') : ''];""");
            return card instanceof List<?> l && "The Godfather".equals(l.get(0)) ? (List<Object>) card : null;
        });

        assertThat(first.get(1)).isEqualTo("1972");
        assertThat((String) first.get(2)).isNotBlank();
        Path shot = Path.of("target", "screenshots", "search.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void sharedProfileLinkShowsRecommendationsWithReasons() throws IOException {
        driver.get("http://localhost:" + port + "/recommend?liked=858,1221,1&method=popular");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> !d.findElements(By.cssSelector(".recommendation-card .why")).isEmpty());

        List<WebElement> picks = driver.findElements(By.cssSelector(".chip"));
        assertThat(picks).hasSize(3);
        List<WebElement> cards = driver.findElements(By.cssSelector(".recommendation-card"));
        assertThat(cards).isNotEmpty();
        assertThat(cards).allSatisfy(card -> {
            assertThat(card.findElement(By.cssSelector(".why")).getText()).startsWith("Popular");
            assertThat(card.findElement(By.cssSelector(".title")).getText()).isNotIn("The Godfather", "The Godfather: Part II", "Toy Story");
        });
        Path shot = Path.of("target", "screenshots", "recommend.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
    }

    private static Path generatedData() {
        try {
            Path dir = Files.createTempDirectory("reelwise-data");
            Path ml = Files.createDirectories(dir.resolve("ml-tiny"));
            Files.writeString(ml.resolve("movies.csv"), """
                    movieId,title,genres
                    858,"Godfather, The (1972)",Crime|Drama
                    1221,"Godfather: Part II, The (1974)",Crime|Drama
                    1,Toy Story (1995),Animation
                    2,Jumanji (1995),Adventure
                    """);
            Files.writeString(ml.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,858,5,1\n2,858,4,2\n1,1221,4,3\n2,2,4,4\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
