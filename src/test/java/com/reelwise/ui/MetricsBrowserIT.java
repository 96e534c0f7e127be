package com.reelwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Metrics and About pages in a real headless Chromium over the committed results: the Chart.js charts
 * must actually draw from the production bundle. Also saves full-page screenshots at desktop (1280 px) and
 * phone (390 px) width to target/screenshots (copied to docs/screenshots by hand).
 */
// The pages need no catalog and no model: an empty data folder and models folder keep the start fast.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "reelwise.train-on-start=false")
class MetricsBrowserIT {

    /**
     * True when every chart on screen (not inside a closed section) has a Chart.js instance and a canvas with at
     * least one painted pixel.
     */
    private static final String ALL_CHARTS_DRAWN = """
            const charts = Array.from(document.querySelectorAll('rw-chart')).filter(e => !e.closest('details:not([open])'));
            return charts.length > 0 && charts.every(e => {
              const canvas = e.shadowRoot && e.shadowRoot.querySelector('canvas');
              if (!e.chart || !canvas || canvas.width === 0 || canvas.height === 0) return false;
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) return true; }
              return false;
            });""";
    /** True when every chart has been resized to its element's width (after a viewport change). */
    private static final String CHARTS_FIT = """
            return Array.from(document.querySelectorAll('rw-chart')).filter(e => !e.closest('details:not([open])'))
              .every(e => e.chart && Math.abs(e.chart.width - e.clientWidth) < 2);""";
    private static final String PAGE_HEIGHT = """
            const layout = document.querySelector('vaadin-app-layout');
            const content = layout && layout.shadowRoot ? layout.shadowRoot.querySelector('[content]') : null;
            return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight,
              content ? content.scrollHeight + content.getBoundingClientRect().top : 0);""";

    @RegisterExtension
    static final ChromiumSession browser = new ChromiumSession(1280, 900);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        Path empty = Files.createTempDirectory("reelwise-empty");
        registry.add("reelwise.data-dir", empty::toString);
        registry.add("reelwise.models-dir", () -> empty.resolve("models").toString());
    }

    @Test
    void metricsPageOpensWithAReadingAndAChartAndEachTestOpensToItsOwn() {
        open("/metrics", 1280, false);
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
        wait.until(d -> Boolean.TRUE.equals(browser.driver().executeScript(ALL_CHARTS_DRAWN)));

        // The opening: a sentence and the headline chart; every test's table waits, closed, below.
        assertThat(browser.driver().findElement(By.cssSelector(".headline")).getText()).contains("Reelwise's default list");
        assertThat(browser.driver().executeScript("return document.querySelector('rw-chart').shadowRoot.querySelector('canvas')"
                + ".getAttribute('aria-label')")).asString().startsWith("Bar chart of ");
        List<WebElement> captions = browser.driver().findElements(By.cssSelector("table.metrics-table caption"));
        long protocols = captions.stream().filter(c -> c.getAttribute("textContent").contains("every method measured")).count();
        assertThat(protocols).isPositive();
        assertThat(captions).anySatisfy(c -> assertThat(c.getAttribute("textContent")).startsWith("ml-latest-small, full-ranking"));
        assertThat(browser.driver().findElement(By.cssSelector(".reading")).getAttribute("textContent")).contains("EASE");
        List<WebElement> tests = browser.driver().findElements(By.cssSelector("details.protocol-details"));
        assertThat(tests).hasSize((int) protocols).allSatisfy(d -> assertThat(d.getAttribute("open")).isNull());
        int height = ((Number) browser.driver().executeScript(PAGE_HEIGHT)).intValue();
        assertThat(height).as("page height with every test closed").isLessThan(4000);

        long drawnBefore = (Long) browser.driver().executeScript("return Array.from(document.querySelectorAll('rw-chart'))"
                + ".filter(e => !e.closest('details:not([open])')).length");
        browser.driver().executeScript("const s = arguments[0]; s.scrollIntoView({block: 'center'}); s.click();",
                tests.get(0).findElement(By.tagName("summary")));
        wait.until(d -> Boolean.TRUE.equals(browser.driver().executeScript(ALL_CHARTS_DRAWN)));
        long drawnAfter = (Long) browser.driver().executeScript("return Array.from(document.querySelectorAll('rw-chart'))"
                + ".filter(e => !e.closest('details:not([open])')).length");
        assertThat(drawnAfter).isEqualTo(drawnBefore + 1);
    }

    @Test
    void screenshotsAtDesktopAndPhoneWidth() throws IOException {
        for (int width : new int[] {1280, 390}) {
            String suffix = width > 600 ? "desktop" : "phone";
            open("/metrics", width, width < 600);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(browser.driver().executeScript(ALL_CHARTS_DRAWN)));
            fullPageShot(width, width < 600, "metrics-" + suffix + ".png", true);
            assertNoSidewaysScroll(width);

            open("/about", width, width < 600);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector(".about-view h1")).isEmpty());
            fullPageShot(width, width < 600, "about-" + suffix + ".png", false);
            assertNoSidewaysScroll(width);
        }
    }

    /** Nothing may make the page wider than the screen: wide tables scroll inside their own box. */
    private static void assertNoSidewaysScroll(int width) {
        Number scrollWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(width);
    }

    private void open(String path, int width, boolean mobile) {
        emulate(width, 900, mobile);
        browser.driver().get("http://localhost:" + port + path);
    }

    private void fullPageShot(int width, boolean mobile, String name, boolean charts) throws IOException {
        int height = ((Number) browser.driver().executeScript(PAGE_HEIGHT)).intValue();
        emulate(width, Math.min(height, 16000), mobile);
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
        if (charts) {
            wait.until(d -> Boolean.TRUE.equals(browser.driver().executeScript(CHARTS_FIT)));
        }
        Path shot = Path.of("target", "screenshots", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.driver().getScreenshotAs(OutputType.BYTES));
    }

    private static void emulate(int width, int height, boolean mobile) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }
}
