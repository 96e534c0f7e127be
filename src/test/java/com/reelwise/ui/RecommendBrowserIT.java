package com.reelwise.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.reelwise.TestDatasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The recommend page in a real headless Chromium: pick three films by typing, get recommendations, move a
 * slider and see the order change, like a card and find it again after a reload, save one to My films.
 * With trained models (REELWISE_MODELS_DIR) the α slider is moved on the hybrid; without, the diversity
 * slider on the popular method. Writes the screenshots for docs/screenshots to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "reelwise.train-on-start=false")
class RecommendBrowserIT {

    private static final String MODELS = System.getenv("REELWISE_MODELS_DIR");
    private static final boolean HAVE_MODELS = MODELS != null && Files.isDirectory(Path.of(MODELS, "ncf"));

    @RegisterExtension
    static final ChromiumSession browser = new ChromiumSession(1280, 1000);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        Path db = Files.createTempDirectory("reelwise-browser-db");
        registry.add("reelwise.data-dir", TestDatasets::dir);
        registry.add("reelwise.db.url", () -> "jdbc:h2:file:" + db.resolve("people") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        if (!HAVE_MODELS) {
            registry.add("reelwise.models-dir", () -> db.resolve("models"));
        }
    }

    @BeforeAll
    static void needsTheSharedData() {
        assumeTrue(Files.isDirectory(TestDatasets.dir().resolve("ml-latest-small")), "ml-latest-small missing under " + TestDatasets.dir());
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds));
    }

    private static void pickByTyping(String label) {
        WebElement input = waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-combo-box input")));
        input.click();
        // Wait for the search to answer; the item whose label is exactly what was typed is then the focused one.
        // Typing again when it has not (the field may still hold the last filter) keeps a slow answer from failing the test,
        // and so does typing again every third poll without it: the overlay can close with the whole label typed (a CI
        // run of 2026-12-08 waited 60 s on a field that held it), and typing reopens it and asks again.
        int[] pollsWithoutIt = {0};
        waitUpTo(60).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            boolean listed = d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .anyMatch(e -> label.equals(String.valueOf(e.getDomProperty("textContent")).strip()));
            if (!listed && (!label.equals(input.getDomProperty("value")) || ++pollsWithoutIt[0] % 3 == 0)) {
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
                input.sendKeys(label);
            }
            return listed;
        });
        input.sendKeys(Keys.ENTER);
        waitUpTo(10).until(d -> chips().contains(label));
    }

    /** Clicks a button below the fold: scrolled to the middle first, so the app bar does not cover it. */
    private static void press(WebElement button) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        waitUpTo(10).until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    private static List<String> chips() {
        return texts(".chip > span:first-child");
    }

    private static List<String> cardTitles() {
        return texts(".recommendation-card .title");
    }

    /** Read in one script, so a list re-rendered by the server between two reads never leaves a stale element. */
    @SuppressWarnings("unchecked")
    private static List<String> texts(String css) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent.trim());", css);
    }

    private static void shot(String name, int width) throws IOException {
        browser.driver().manage().window().setSize(new Dimension(width, 2400));
        waitUpTo(10).until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.driver().getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void enterTakesTheFirstSuggestionOfATypedTypo() {
        // A profile of its own: the other test's saved picks stay out, and this one's stay out of it.
        browser.driver().get("http://localhost:" + port + "/recommend");
        browser.driver().manage().deleteAllCookies();
        browser.driver().get("http://localhost:" + port + "/recommend");
        WebElement input = waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-combo-box input")));
        input.click();
        input.sendKeys("godfater");
        String first = waitUpTo(60).until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .map(e -> String.valueOf(e.getDomProperty("textContent")).strip()).filter(t -> !t.isEmpty()).findFirst().orElse(null));
        input.sendKeys(Keys.ENTER);
        waitUpTo(10).until(d -> chips().contains(first));
        assertThat(chips()).containsExactly(first);
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void pickRecommendRerankLikeAndKeepItAfterAReload() throws IOException {
        browser.driver().get("http://localhost:" + port + "/recommend");
        pickByTyping("Toy Story (1995)");
        pickByTyping("Monsters, Inc. (2001)");
        pickByTyping("Finding Nemo (2003)");

        String slider = HAVE_MODELS ? "alpha" : "diversity";
        if (!HAVE_MODELS) {
            browser.driver().findElement(By.cssSelector("vaadin-select")).click();
            waitUpTo(10).until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(e -> "Popular".equals(e.getText().strip())).findFirst().orElse(null)).click();
        }
        WebElement go = browser.driver().findElement(By.xpath("//vaadin-button[normalize-space(.)='Recommend']"));
        // The hybrid answers once the saved models have loaded; until then the page says it is loading.
        waitUpTo(300).pollingEvery(Duration.ofSeconds(3)).until(d -> {
            if (cardTitles().isEmpty()) {
                // A script click: the button may sit under the fold or under the status banner while models load.
                ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", go);
            }
            return !cardTitles().isEmpty();
        });
        List<String> before = cardTitles();
        // Tap targets on the cards: at least 44 x 44 px (a thumb button and the IMDb link).
        @SuppressWarnings("unchecked")
        List<Number> sizes = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript(
                "const b = document.querySelector('.recommendation-card .card-actions vaadin-button').getBoundingClientRect();"
                        + "const a = document.querySelector('.recommendation-card .links a').getBoundingClientRect();"
                        + "return [b.width, b.height, a.width, a.height];");
        assertThat(sizes).allSatisfy(size -> assertThat(size.doubleValue()).isGreaterThanOrEqualTo(44.0));
        assertThat(before).doesNotContain("Toy Story", "Monsters, Inc.", "Finding Nemo");
        shot("recommend-desktop", 1280);
        shot("recommend-phone", 390);
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));

        WebElement range = browser.driver().findElement(By.id(slider));
        range.sendKeys(HAVE_MODELS ? Keys.HOME : Keys.END);
        waitUpTo(30).until(d -> !cardTitles().equals(before));
        assertThat(cardTitles()).isNotEqualTo(before);

        String liked = cardTitles().get(0);
        List<String> beforeLike = cardTitles();
        WebElement likeButton = browser.driver().findElement(By.cssSelector(".recommendation-card vaadin-button[aria-label^='Like ']"));
        String likedLabel = likeButton.getAttribute("aria-label").substring("Like ".length());
        press(likeButton);
        waitUpTo(10).until(d -> chips().contains(likedLabel));
        assertThat(liked).isNotBlank();
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector(".recommendation-card.liked")).isEmpty());
        assertThat(cardTitles()).as("a like keeps the list in place").isEqualTo(beforeLike);
        shot("recommend-liked-desktop", 1280);
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        WebElement keep = browser.driver().findElement(By.cssSelector(".recommendation-card vaadin-button.keep"));
        String savedLabel = keep.getAttribute("aria-label").replaceFirst("^Add ", "").replaceFirst(" to My films$", "");
        press(keep);
        waitUpTo(10).until(d -> d.findElements(By.cssSelector(".recommendation-card vaadin-button.keep[aria-pressed='true']")).size() == 1);

        browser.driver().navigate().refresh();
        waitUpTo(60).until(d -> chips().contains(likedLabel));
        assertThat(chips()).contains("Toy Story (1995)", "Monsters, Inc. (2001)", "Finding Nemo (2003)", likedLabel);
        // the list is back after the reload, without a click
        waitUpTo(60).until(d -> !cardTitles().isEmpty());

        browser.driver().get("http://localhost:" + port + "/my-films");
        waitUpTo(60).until(d -> texts(".saved-film .title").stream().anyMatch(savedLabel::startsWith));
        shot("myfilms-desktop", 1280);
        shot("myfilms-phone", 390);
    }
}
