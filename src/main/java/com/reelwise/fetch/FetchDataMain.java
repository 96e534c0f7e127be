package com.reelwise.fetch;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
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
            DatasetDownloader.Result result = new DatasetDownloader(DatasetDownloader.defaultHttpClient(),
                    options.movielensUrl(), options.dataDir(), Progress.console()).fetch(release);
            out.println(result.downloaded()
                    ? release.id() + " downloaded to " + result.dataset().dir() + " (checked: " + result.checkedBy() + ")."
                    : release.id() + " is already in " + result.dataset().dir() + "; nothing downloaded.");
            return 0;
        } catch (FetchException e) {
            err.println(e.getMessage());
            return 1;
        }
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
