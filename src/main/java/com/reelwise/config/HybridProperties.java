package com.reelwise.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reelwise.hybrid.*}.
 *
 * @param defaultAlpha the hybrid's CF weight α when a request gives none; tuned on validation by the
 *                     offline α sweep (model-training/eval/README.md), in [0, 1]
 */
@ConfigurationProperties("reelwise.hybrid")
public record HybridProperties(@DefaultValue("0.5") double defaultAlpha) {

    public HybridProperties {
        if (!(defaultAlpha >= 0 && defaultAlpha <= 1)) {
            throw new IllegalArgumentException("reelwise.hybrid.default-alpha must lie in [0, 1], was " + defaultAlpha);
        }
    }
}
