package com.reelwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every page checked by axe-core (WCAG 2 A and AA rules) in headless Chromium: no serious or critical violation.
 * Uses the shared data where present, else a tiny generated data set; no models are needed for the pages to render.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "reelwise.train-on-start=false")
class AccessibilityBrowserIT {

    @RegisterExtension
    static final ChromiumSession browser = new ChromiumSession(1280, 900);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("reelwise.data-dir", BrowserTestData::sharedOrTiny);
    }

    @Test
    void noPageHasASeriousOrCriticalViolation() {
        List<String> found = new ArrayList<>();
        for (String path : List.of("", "recommend", "recommend?liked=858,1221,1&method=popular", "movie/1", "my-films", "map", "users", "metrics", "about")) {
            browser.driver().get("http://localhost:" + port + "/" + path);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(d -> !d.findElements(By.cssSelector("vaadin-app-layout h2, vaadin-app-layout h1")).isEmpty());
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser.driver());
            for (Rule rule : results.getViolations()) {
                if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                    found.add("/" + path + ": " + rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size() + " elements: "
                            + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList() + ")");
                }
            }
        }
        System.out.println("axe-core serious or critical violations: " + found);
        assertThat(found).isEmpty();
    }
}
