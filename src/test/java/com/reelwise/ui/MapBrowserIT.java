package com.reelwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.catalog.Catalog;
import com.reelwise.cluster.ClusterModel;
import com.reelwise.training.ModelStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The map page and the theme switch in a real headless Chromium. The map is the real catalog (shared data where
 * present, else a tiny generated one) laid out by a generated cluster model, so no sentence encoder is needed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "reelwise.train-on-start=false")
class MapBrowserIT {

    @RegisterExtension
    static final ChromiumSession browser = new ChromiumSession(1280, 900);

    @LocalServerPort
    int port;

    @Autowired
    CatalogMapSource mapSource;

    @TestConfiguration
    static class GeneratedMapSource {

        @Bean
        @Primary
        CatalogMapSource generatedMapSource(Catalog catalog) {
            ClusterModel clusters = GeneratedMap.of(catalog, 8).clusters;
            ModelStatus ready = new ModelStatus("Content", ModelStatus.State.READY, 1, "Generated map for the browser test.");
            return new CatalogMapSource() {
                @Override
                public ClusterModel clusters() {
                    return clusters;
                }

                @Override
                public ModelStatus status() {
                    return ready;
                }
            };
        }
    }

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        registry.add("reelwise.data-dir", BrowserTestData::sharedOrTiny);
        Path noModels = Files.createTempDirectory("reelwise-no-models");
        registry.add("reelwise.models-dir", noModels::toString);
    }

    @Test
    void mapDrawsEveryMovieAndMarksThePicks() throws IOException {
        int mapped = mapSource.clusters().map().points().size();
        browser.driver().get("http://localhost:" + port + "/map?liked=858,1221,1");
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(90));

        WebElement scatter = wait.until(d -> d.findElements(By.cssSelector("rw-scatter[data-drawn-points]")).stream().findFirst().orElse(null));

        assertThat(Integer.parseInt(scatter.getAttribute("data-drawn-points"))).isEqualTo(mapped);
        // Cluster labels that would print over each other wait for a zoom: some, never more than there are clusters.
        int labelled = Integer.parseInt(wait.until(d -> scatter.getAttribute("data-labels-drawn")));
        assertThat(labelled).isBetween(1, mapSource.clusters().map().clusters().size());
        assertThat(browser.driver().findElements(By.cssSelector(".chip"))).hasSize(3);
        @SuppressWarnings("unchecked")
        List<Object> picks = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "const chart = arguments[0]._chart; return chart.data.datasets.find(d => d.label === 'your picks').data.map(p => arguments[0]._data.ids[p.i]);",
                scatter);
        assertThat(picks).extracting(o -> ((Number) o).intValue()).containsExactlyInAnyOrder(858, 1221, 1);

        // Not checked here: the hover tooltip. Neither a WebDriver pointer move nor a mouse event dispatched at
        // the pick's spot made Chart.js show it in headless Chromium; whether that is the test or the page is open.

        // The wheel zooms in (chartjs-plugin-zoom is in the production bundle).
        @SuppressWarnings("unchecked")
        List<Object> widths = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const chart = arguments[0]._chart, before = chart.scales.x.max - chart.scales.x.min;
                const r = chart.canvas.getBoundingClientRect();
                chart.canvas.dispatchEvent(new WheelEvent('wheel', {deltaY: -500, clientX: r.left + r.width / 2,
                    clientY: r.top + r.height / 2, bubbles: true, cancelable: true}));
                return [before, chart.scales.x.max - chart.scales.x.min];""", scatter);
        assertThat(((Number) widths.get(1)).doubleValue()).isLessThan(((Number) widths.get(0)).doubleValue());
        Path shot = Path.of("target", "screenshots", "map.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.driver().getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void themeToggleSwitchesToDarkAndTheChoiceSurvivesAReload() {
        browser.driver().get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
        JavascriptExecutor js = browser.driver();
        js.executeScript("localStorage.removeItem('" + ThemeToggle.STORAGE_KEY + "')");
        browser.driver().navigate().refresh();
        WebElement toggle = wait.until(d -> d.findElements(By.cssSelector("vaadin-button.theme-toggle[aria-pressed]")).stream()
                .findFirst().orElse(null));
        // Headless Chromium reports a light OS preference, which the page follows until someone chooses.
        wait.until(d -> "false".equals(toggle.getAttribute("aria-pressed")));
        assertThat(themeAttribute()).isNull();

        toggle.click();
        wait.until(d -> "dark".equals(themeAttribute()));

        browser.driver().navigate().refresh();
        WebElement reloaded = wait.until(d -> d.findElements(By.cssSelector("vaadin-button.theme-toggle[aria-pressed='true']")).stream()
                .findFirst().orElse(null));
        assertThat(themeAttribute()).isEqualTo("dark");
        assertThat(reloaded.getAttribute("aria-label")).isEqualTo("Switch to light theme");

        reloaded.click();
        wait.until(d -> themeAttribute() == null);
        assertThat(js.executeScript("return localStorage.getItem('" + ThemeToggle.STORAGE_KEY + "')")).isEqualTo("light");
    }

    private static String themeAttribute() {
        return (String) browser.driver().executeScript("return document.documentElement.getAttribute('theme')");
    }
}
