package com.reelwise.fetch;

import com.reelwise.ratings.MovieLensDataset;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start on a fresh machine: when the data directory holds no MovieLens release, download
 * ml-latest-small (about 1 MB, checksummed against the MD5 GroupLens publishes) into it, with a progress bar in
 * the log, so the README's one run command is all a newcomer needs. Failing to download is never fatal: the app
 * starts without ratings and says where the data goes.
 */
public final class FirstRunData {

    private static final Logger log = LoggerFactory.getLogger(FirstRunData.class);

    private FirstRunData() {
    }

    /**
     * @param wanted  the release the app asked for ("auto" for any)
     * @param enabled false to never download ({@code reelwise.fetch-on-start=false})
     * @param baseUrl where {@code ml-latest-small.zip} and its {@code .md5} are, GroupLens unless a mirror is set
     */
    public static Optional<MovieLensDataset> ensure(Path dataDir, String wanted, boolean enabled, URI baseUrl) {
        Optional<MovieLensDataset> present = MovieLensDataset.find(dataDir, wanted);
        if (present.isPresent() || !enabled) {
            return present;
        }
        String release = "auto".equalsIgnoreCase(wanted) ? MovieLensRelease.DEFAULT.id() : wanted;
        log.info("No MovieLens release in {}: downloading {} from {} (turn this off with reelwise.fetch-on-start=false)",
                dataDir.toAbsolutePath(), release, baseUrl);
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
            DatasetDownloader.Result result = new DatasetDownloader(http, baseUrl, dataDir, Progress.console())
                    .fetch(MovieLensRelease.byName(release));
            log.info("Downloaded {} into {} ({})", release, result.dataset().dir(), result.checkedBy());
            return Optional.of(result.dataset());
        } catch (RuntimeException e) {
            log.warn("Could not download {} ({}); starting without ratings. See data/README.md for where the files go.", release,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** GroupLens's folder of MovieLens zips. */
    public static URI groupLens() {
        return DatasetDownloader.GROUPLENS;
    }
}
