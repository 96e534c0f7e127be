package com.reelwise.config;

import com.reelwise.recommend.RecommendationRequest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reelwise.hybrid.*}.
 *
 * @param defaultAlpha the hybrid's balance α when a request gives none, in [0, 1] (default
 *                     {@link RecommendationRequest#DEFAULT_ALPHA}); 0.5 is the learned ranker alone, lower leans on content
 */
@ConfigurationProperties("reelwise.hybrid")
public record HybridProperties(@DefaultValue("" + RecommendationRequest.DEFAULT_ALPHA) double defaultAlpha) {

    public HybridProperties {
        if (!(defaultAlpha >= 0 && defaultAlpha <= 1)) {
            throw new IllegalArgumentException("reelwise.hybrid.default-alpha must lie in [0, 1], was " + defaultAlpha);
        }
    }
}
