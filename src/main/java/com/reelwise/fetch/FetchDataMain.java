package com.reelwise.fetch;

import com.google.common.util.concurrent.RateLimiter;
import com.reelwise.ratings.MovieLensDataset;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Command line: downloads a MovieLens release into the data directory and, with {@code --tmdb},
 * enriches it from the TMDB API. Run it with
 * {@code mvn -q compile exec:java@fetch-data -Dexec.args="--data-dir data --dataset ml-latest-small --tmdb"}.
 * See data/README.md.
 */
public final class FetchDataMain {

    /** Requests in flight at once; TMDB answers in ~100-300 ms, so a few threads are needed to reach the rate. */
    private static final int TMDB_THREADS = 4;

    private FetchDataMain() {
    }

    /** Entry point; exits with status 1 and a one-sentence message on failure, 2 on bad usage (picocli's message and the usage). */
    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Cli cli = new Cli();
        CommandLine command = new CommandLine(cli);
        try {
            command.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println(e.getMessage());
            command.usage(err);
            return 2;
        }
        if (command.isUsageHelpRequested()) {
            command.usage(out);
            return 0;
        }
        if (command.isVersionHelpRequested()) {
            command.printVersionHelp(out);
            return 0;
        }
        if (!(cli.tmdbRate > 0)) {
            err.println("--tmdb-rate needs a positive number, not '" + cli.tmdbRate + "'.");
            command.usage(err);
            return 2;
        }
        String envDir = env.get("REELWISE_DATA_DIR");
        Options options = new Options(cli.dataDir != null ? cli.dataDir : Path.of(envDir != null && !envDir.isBlank() ? envDir : "data"),
                cli.dataset, cli.tmdb, cli.tmdbRate, cli.movielensUrl, cli.tmdbUrl);
        try {
            MovieLensRelease release = MovieLensRelease.byName(options.dataset());
            // Check the key before a possibly long download, so a missing key fails at once.
            TmdbKey key = options.tmdb() ? tmdbKey(env) : null;
            HttpClient http = DatasetDownloader.defaultHttpClient();
            DatasetDownloader.Result result = new DatasetDownloader(http, options.movielensUrl(), options.dataDir(),
                    Progress.console()).fetch(release);
            out.println(result.downloaded()
                    ? release.id() + " downloaded to " + result.dataset().dir() + " (checked: " + result.checkedBy() + ")."
                    : release.id() + " is already in " + result.dataset().dir() + "; nothing downloaded.");
            if (key != null) {
                enrich(options, key, http, result.dataset(), out);
            }
            return 0;
        } catch (FetchException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static TmdbKey tmdbKey(Map<String, String> env) {
        String value = env.get(TmdbKey.ENV);
        if (value == null || value.isBlank()) {
            throw new FetchException("--tmdb needs a TMDB API key (v3 key or v4 read access token) in the environment"
                    + " variable " + TmdbKey.ENV + "; create one at https://www.themoviedb.org/settings/api.");
        }
        return new TmdbKey(value);
    }

    private static void enrich(Options options, TmdbKey key, HttpClient http, MovieLensDataset dataset,
                               PrintStream out) {
        Path tmdbDir = options.dataDir().resolve("tmdb-api");
        // Guava's smooth rate limiter spreads requests evenly instead of bursting at each second boundary.
        RateLimiter limiter = RateLimiter.create(options.tmdbRate());
        TmdbClient client = new TmdbClient(http, options.tmdbUrl(), key, tmdbDir.resolve("cache"), limiter::acquire,
                TmdbClient.Sleeper.REAL, Clock.systemUTC());
        TmdbEnricher.Summary summary = new TmdbEnricher(client, Progress.console(), TMDB_THREADS)
                .enrich(dataset, TmdbApiMovies.file(options.dataDir()));
        out.println("TMDB: " + summary.tmdbIds() + " movies with a tmdbId, " + summary.fetched() + " fetched now, "
                + summary.notFound() + " unknown to TMDB; wrote " + summary.written() + " to " + summary.file() + ".");
    }

    /** What picocli parses; {@link Options} is what the run uses. */
    @Command(name = "fetch-data", mixinStandardHelpOptions = true,
            description = "Downloads a MovieLens release into the data directory and, with --tmdb, enriches it from the TMDB API.")
    static final class Cli {

        @Option(names = "--data-dir", description = "Where the data goes (default: $REELWISE_DATA_DIR, else ./data).")
        Path dataDir;

        @Option(names = "--dataset", defaultValue = "ml-latest-small", description = "A MovieLens release, e.g. ml-100k (default: ${DEFAULT-VALUE}).")
        String dataset;

        @Option(names = "--tmdb", description = "Also fetch TMDB metadata for every movie in links.csv; needs env TMDB_API_KEY.")
        boolean tmdb;

        @Option(names = "--tmdb-rate", defaultValue = "20", description = "TMDB requests per second (default: ${DEFAULT-VALUE}).")
        double tmdbRate;

        @Option(names = "--movielens-url", defaultValue = DatasetDownloader.GROUPLENS_URL,
                description = "Base URL of the MovieLens zips (default: ${DEFAULT-VALUE}).")
        URI movielensUrl;

        @Option(names = "--tmdb-url", defaultValue = "https://api.themoviedb.org", description = "Base URL of the TMDB API (default: ${DEFAULT-VALUE}).")
        URI tmdbUrl;
    }

    /** The options a run uses. */
    record Options(Path dataDir, String dataset, boolean tmdb, double tmdbRate, URI movielensUrl, URI tmdbUrl) {
    }
}
