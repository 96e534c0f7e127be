package com.reelwise.fetch;

import com.google.common.util.concurrent.RateLimiter;
import com.reelwise.ratings.MovieLensDataset;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Command line: downloads a MovieLens release into the data directory and, with {@code --tmdb},
 * enriches it from the TMDB API. Run it with
 * {@code mvn -q compile exec:java@fetch-data -Dexec.args="--data-dir data --dataset ml-latest-small --tmdb"}.
 * See data/README.md.
 */
public final class FetchDataMain {

    static final String USAGE = """
            Usage: fetch-data [--data-dir DIR] [--dataset NAME] [--tmdb] [--tmdb-rate N]
              --data-dir DIR     where the data goes (default: $REELWISE_DATA_DIR, else ./data)
              --dataset NAME     %s (default %s)
              --tmdb             also fetch TMDB metadata for every movie in links.csv; needs env TMDB_API_KEY
              --tmdb-rate N      TMDB requests per second (default %s)
              --movielens-url U  base URL of the MovieLens zips (default %s)
              --tmdb-url U       base URL of the TMDB API (default %s)
            """.formatted(MovieLensRelease.names(), MovieLensRelease.DEFAULT.id(), Options.DEFAULT_TMDB_RATE,
            DatasetDownloader.GROUPLENS, Options.TMDB_API);

    /** Requests in flight at once; TMDB answers in ~100-300 ms, so a few threads are needed to reach the rate. */
    private static final int TMDB_THREADS = 4;

    private FetchDataMain() {
    }

    /** Entry point; exits with status 1 and a one-sentence message on failure, 2 on bad usage. */
    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, env);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (options.help()) {
            out.print(USAGE);
            return 0;
        }
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

    /** Parsed command-line options. */
    record Options(Path dataDir, String dataset, boolean tmdb, double tmdbRate, URI movielensUrl, URI tmdbUrl,
                   boolean help) {

        static final URI TMDB_API = URI.create("https://api.themoviedb.org");
        static final double DEFAULT_TMDB_RATE = 20;

        static Options parse(String[] args, Map<String, String> env) {
            String envDir = env.get("REELWISE_DATA_DIR");
            Path dataDir = Path.of(envDir != null && !envDir.isBlank() ? envDir : "data");
            String dataset = MovieLensRelease.DEFAULT.id();
            boolean tmdb = false;
            boolean help = false;
            double rate = DEFAULT_TMDB_RATE;
            URI movielensUrl = DatasetDownloader.GROUPLENS;
            URI tmdbUrl = TMDB_API;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data-dir" -> dataDir = Path.of(value(args, ++i));
                    case "--dataset" -> dataset = value(args, ++i);
                    case "--tmdb" -> tmdb = true;
                    case "--tmdb-rate" -> rate = positive(value(args, ++i));
                    case "--movielens-url" -> movielensUrl = URI.create(value(args, ++i));
                    case "--tmdb-url" -> tmdbUrl = URI.create(value(args, ++i));
                    case "-h", "--help" -> help = true;
                    default -> throw new IllegalArgumentException("Unknown option '" + args[i] + "'.");
                }
            }
            return new Options(dataDir, dataset, tmdb, rate, movielensUrl, tmdbUrl, help);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException("Option " + args[i - 1] + " needs a value.");
            }
            return args[i];
        }

        private static double positive(String text) {
            try {
                double value = Double.parseDouble(text);
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--tmdb-rate needs a positive number, not '" + text + "'.");
        }
    }
}
