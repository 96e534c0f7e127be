package com.reelwise.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reelwise.*}; each can also come from the environment
 * (e.g. {@code REELWISE_DATA_DIR}).
 *
 * @param dataDir     folder holding the MovieLens and TMDB files (see data/README.md)
 * @param movielens   which MovieLens folder to use ("auto" picks the largest present)
 * @param ratedOnly   restrict the catalog to movies that have MovieLens ratings
 * @param modelsDir   where trained model artifacts are read from and written to
 * @param trainOnStart train missing models in the background at start
 * @param fetchOnStart download ml-latest-small into the data directory when it holds no MovieLens release
 * @param movielensUrl where to download it from (null: GroupLens); a mirror or, in tests, a loopback stub
 * @param storage     where saved lists live: "local" (a file next to the app), "persistent" (a Space's /data) or
 *                    "ephemeral" (a Space without persistent storage: lost when it restarts, and the page says so)
 */
@ConfigurationProperties("reelwise")
public record ReelwiseProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("auto") String movielens,
        @DefaultValue("false") boolean ratedOnly,
        @DefaultValue("models") Path modelsDir,
        @DefaultValue("true") boolean trainOnStart,
        @DefaultValue("true") boolean fetchOnStart,
        java.net.URI movielensUrl,
        @DefaultValue("local") String storage) {

    /** True when saved lists are lost on restart (a Space without persistent storage). */
    public boolean ephemeralStorage() {
        return "ephemeral".equalsIgnoreCase(storage);
    }
}
