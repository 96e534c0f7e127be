package com.reelwise.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.TestDatasets;
import java.net.URI;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CI variant of the load run: 10 sessions for 20 seconds against the app in this JVM, on the real
 * catalog. Asserts only that nothing failed; speed and memory are the harness's report, not a test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "reelwise.train-on-start=false")
class LoadHarnessIT {

    @LocalServerPort
    int port;

    @Test
    void tenSessionsForTwentySecondsWithoutAnError() throws Exception {
        TestDatasets.require("ml-latest-small");
        LoadHarness harness = new LoadHarness(new LoadOptions(URI.create("http://localhost:" + port), 10, Duration.ofSeconds(20),
                Duration.ofSeconds(5), Duration.ofMillis(100), OptionalLong.of(ProcessHandle.current().pid()), 42));

        harness.run();
        harness.report(System.out);

        assertThat(harness.errors()).isZero();
        assertThat(harness.search.succeeded()).isPositive();
        assertThat(harness.recommend.succeeded()).isPositive();
        // Without the profiles feature the feedback step is counted apart, never as an error.
        assertThat(harness.feedback.succeeded() + harness.feedback.unavailableCount()).isPositive();
    }
}
