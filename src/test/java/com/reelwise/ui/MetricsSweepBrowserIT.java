package com.reelwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.results.ResultFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * The α-sweep chart in a real browser, over generated results that hold a sweep (the committed ones may
 * not yet). The screenshot goes to target/screenshots only: its numbers are made up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "reelwise.train-on-start=false")
class MetricsSweepBrowserIT {


    @RegisterExtension
    static final ChromiumSession browser = new ChromiumSession(1280, 900);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("reelwise-sweep");
        Path results = ResultFixtures.write(dir.resolve("results"));
        registry.add("reelwise.data-dir", () -> dir.resolve("data").toString());
        registry.add("reelwise.models-dir", () -> dir.resolve("models").toString());
        registry.add("reelwise.results-dir", results::toString);
    }

    @Test
    void sweepChartDrawsItsLineReferencesAndTunedPoint() throws IOException {
        browser.driver().get("http://localhost:" + port + "/metrics");
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
        String sweepChart = "return Array.from(document.querySelectorAll('rw-chart'))"
                + ".find(e => (e.getAttribute('label') || '').includes('against α'))";
        wait.until(d -> Boolean.TRUE.equals(browser.driver().executeScript(sweepChart + "?.chart?.data.datasets.length === 4 || false")));

        @SuppressWarnings("unchecked")
        List<Object> points = (List<Object>) browser.driver().executeScript(sweepChart + ".chart.getDatasetMeta(0).data.map(p => p.x)");
        assertThat(points).hasSize(5);
        WebElement chart = (WebElement) browser.driver().executeScript(sweepChart);
        browser.driver().executeScript("arguments[0].scrollIntoView()", chart);
        Path shot = Path.of("target", "screenshots", "metrics-sweep-fixture.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, chart.getScreenshotAs(OutputType.BYTES));
        assertThat(browser.driver().findElements(By.cssSelector(".notice"))).anySatisfy(n -> assertThat(n.getAttribute("textContent")).contains("cold-start"));
    }
}
