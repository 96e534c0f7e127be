package com.reelwise;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared real data sets for integration tests; tests skip with a message where they are absent. */
public final class TestDatasets {

    private TestDatasets() {
    }

    /** The shared data directory: {@code -Dreelwise.data-dir}, else {@code ../shared/datasets}. */
    public static Path dir() {
        String configured = System.getProperty("reelwise.data-dir");
        return Path.of(configured != null ? configured : "../shared/datasets").toAbsolutePath().normalize();
    }

    /** Skips the calling test unless {@code dir()/relative} exists. */
    public static Path require(String relative) {
        Path path = dir().resolve(relative);
        assumeTrue(Files.exists(path), "Real data not present at " + path + "; skipping (set -Dreelwise.data-dir)");
        return path;
    }
}
