package com.reelwise.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {

    @Test
    void defaultsAreHalfAnHourOfFiftySessionsWithTwoMinutesOfWarmUp() {
        LoadOptions options = LoadOptions.parse(new String[0]);
        assertThat(options.url().toString()).isEqualTo("http://localhost:7860");
        assertThat(options.sessions()).isEqualTo(50);
        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(options.warmup()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.pid()).isEmpty();
    }

    @Test
    void aShortRunWarmsUpForAFifthOfItAndKeepsWhatWasGiven() {
        LoadOptions options = LoadOptions.parse(new String[] {"--url", "http://127.0.0.1:8080/", "--seconds", "20", "--sessions", "5",
                "--think-ms", "10", "--pid", "1234", "--seed", "7"});
        assertThat(options.url().toString()).isEqualTo("http://127.0.0.1:8080");
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(4));
        assertThat(options.think()).isEqualTo(Duration.ofMillis(10));
        assertThat(options.pid()).hasValue(1234);
        assertThat(options.seed()).isEqualTo(7);
    }

    @Test
    void wrongCommandLinesAreRefusedWithASentenceAndTheUsage() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--minutes", "1", "--seconds", "5"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mutually exclusive").hasMessageContaining("Usage: load");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--sesions", "5"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown options: '--sesions'");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--sessions"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--sessions");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--sessions", "0"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and 500");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--url", "http://8.8.8.8:7860"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a loopback address");
    }
}
