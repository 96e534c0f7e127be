package com.reelwise.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reelwise.recommend.RecommendationRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class HybridPropertiesTest {

    /** The app's fallback and the harness's default are one number: what is evaluated is what is served. */
    @Test
    void applicationPropertiesFallBackToTheHarnessDefault() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("reelwise.hybrid.default-alpha"))
                .isEqualTo("${REELWISE_HYBRID_DEFAULT_ALPHA:" + RecommendationRequest.DEFAULT_ALPHA + "}");
    }

    @Test
    void rejectsABalanceOutsideTheUnitInterval() {
        assertThat(new HybridProperties(RecommendationRequest.DEFAULT_ALPHA).defaultAlpha()).isEqualTo(0.5);
        assertThatThrownBy(() -> new HybridProperties(1.5)).hasMessageContaining("must lie in [0, 1]");
    }
}
