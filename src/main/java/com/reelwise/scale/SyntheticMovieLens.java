package com.reelwise.scale;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Writes a MovieLens-shaped release of any size (ratings.csv, movies.csv, links.csv, README.txt), so every command
 * runs at 1M-32M ratings without the real download. Deterministic: one seed, one file, byte for byte.
 * <p>
 * How: each film gets a popularity weight from its popularity rank ({@link MovieLensShape#filmPopularity}, ranks
 * shuffled over the ids) and a quality; each person an activity ({@link MovieLensShape#userActivity}, scaled so the
 * total is the size asked for), a bias, a half-star habit, a first day and a session length. A person's films are drawn
 * without repeats, by popularity or, the more they rate, uniformly; a rating is {@code mean + bias + quality + noise}, rounded to their star step.
 * Rows are sorted by person then film, as GroupLens ships them. There is no taste structure beyond popularity and
 * quality: the data measure cost, not accuracy.
 */
public final class SyntheticMovieLens {

    private final MovieLensShape shape;

    public SyntheticMovieLens(MovieLensShape shape) {
        this.shape = shape;
    }

    /**
     * How big a release to write.
     *
     * @param ratings how many ratings
     * @param people  how many people rate
     * @param films   how many films (a few of the least popular may end up unrated, as in MovieLens)
     */
    public record Size(long ratings, int people, int films) {

        public Size {
            if (people < 1 || films < 2 || ratings < people) {
                throw new IllegalArgumentException("A synthetic release needs at least 2 films and 1 person, and a rating from each person");
            }
            if (ratings > (long) people * (films / 2)) {
                throw new IllegalArgumentException(ratings + " ratings do not fit " + people + " people rating at most half of "
                        + films + " films each");
            }
        }

        /**
         * The default people and films for a number of ratings: people keep ml-latest-small's 165 ratings each, films
         * grow as ratings^0.38 (9,724 films at 100,836 ratings, 87,000 at 32 million, ML-32M's 87,585).
         */
        public static Size ofRatings(long ratings) {
            int people = (int) Math.max(1, Math.round(ratings / MovieLensShape.RATINGS_PER_PERSON));
            int films = (int) Math.max(2, Math.round(9_724 * Math.pow(ratings / 100_836.0, 0.38)));
            return new Size(ratings, people, Math.max(films, (int) Math.min(Integer.MAX_VALUE, 2 * ((ratings + people - 1) / people) + 2)));
        }

        /** The folder name the release is written to, e.g. ml-synth-4m. */
        public String folderName() {
            return "ml-synth-" + label(ratings);
        }

        private static String label(long n) {
            if (n % 1_000_000 == 0) {
                return n / 1_000_000 + "m";
            }
            if (n % 1_000 == 0) {
                return n / 1_000 + "k";
            }
            return Long.toString(n);
        }
    }

    /** What was written. */
    public record Written(Path dir, long ratings, int people, int films, int filmsRated, long bytes) {
    }

    /**
     * Writes the release into {@code dir} (created; files replaced).
     *
     * @param progress receives the number of ratings written so far, now and then
     */
    public Written write(Path dir, Size size, long seed, LongConsumer progress) {
        try {
            Files.createDirectories(dir);
            SplittableRandom random = new SplittableRandom(seed);
            Films films = films(size.films(), random);
            int[] activity = activity(size, random);
            long written;
            int[] ratedBy = new int[size.films()];
            try (AsciiOut out = new AsciiOut(new BufferedOutputStream(Files.newOutputStream(dir.resolve("ratings.csv")), 1 << 16))) {
                out.text("userId,movieId,rating,timestamp\n");
                written = ratings(out, size, activity, films, ratedBy, random, progress);
            }
            writeMovies(dir, size.films(), random);
            writeLinks(dir, size.films());
            Files.writeString(dir.resolve("README.txt"), "Synthetic MovieLens-shaped data written by Reelwise (exec:java@synthesize), seed " + seed
                    + ": " + written + " ratings by " + size.people() + " people of " + size.films() + " films. Not real ratings; the shape is"
                    + " ml-latest-small's, see model-training/scale/README.md.\n");
            long bytes = 0;
            for (String f : new String[] {"ratings.csv", "movies.csv", "links.csv"}) {
                bytes += Files.size(dir.resolve(f));
            }
            int rated = (int) Arrays.stream(ratedBy).filter(c -> c > 0).count();
            return new Written(dir, written, size.people(), size.films(), rated, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the synthetic release to " + dir, e);
        }
    }

    /** Per film (index = id - 1): popularity draws and a quality offset. */
    private record Films(AliasTable popularity, float[] quality) {
    }

    private Films films(int n, SplittableRandom random) {
        int[] rankOf = new int[n];
        for (int i = 0; i < n; i++) {
            rankOf[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = rankOf[i];
            rankOf[i] = rankOf[j];
            rankOf[j] = t;
        }
        double[] weights = new double[n];
        float[] quality = new float[n];
        for (int i = 0; i < n; i++) {
            weights[i] = Math.pow(shape.filmPopularity().at((rankOf[i] + 0.5) / n), shape.popularitySharpening());
            quality[i] = (float) (gaussian(random) * shape.filmQualitySd());
        }
        return new Films(new AliasTable(weights), quality);
    }

    /** Ratings per person, summing to the size asked for (cumulative rounding), each at most half the films (the rest go to others). */
    private int[] activity(Size size, SplittableRandom random) {
        int people = size.people();
        double[] raw = new double[people];
        double total = 0;
        for (int u = 0; u < people; u++) {
            raw[u] = shape.userActivity().at(random.nextDouble());
            total += raw[u];
        }
        int cap = size.films() / 2;
        int[] out = new int[people];
        double scale = size.ratings() / total;
        double cumulative = 0;
        long given = 0;
        for (int u = 0; u < people; u++) {
            cumulative += raw[u] * scale;
            long upTo = Math.round(cumulative);
            out[u] = (int) Math.min(cap, Math.max(1, upTo - given));
            given += out[u];
        }
        // rounding, the floor of one and the cap move the total a little: settle the difference on people in turn
        long excess = given - size.ratings();
        for (int u = 0; excess != 0; u = (u + 1) % people) {
            if (excess > 0 && out[u] > 1) {
                out[u]--;
                excess--;
            } else if (excess < 0 && out[u] < cap) {
                out[u]++;
                excess++;
            }
        }
        return out;
    }

    private long ratings(AsciiOut out, Size size, int[] activity, Films films, int[] ratedBy, SplittableRandom random, LongConsumer progress)
            throws IOException {
        int[] stamp = new int[size.films()];
        long written = 0;
        long[] window = shape.firstRating();
        for (int u = 0; u < size.people(); u++) {
            int n = activity[u];
            int[] chosen = new int[n];
            // the more a person rates, the less their films follow popularity: how heavy raters reach the long tail
            double explore = n / (n + shape.explorerHalfway());
            for (int k = 0; k < n; k++) {
                int f;
                do {
                    f = random.nextDouble() < explore ? random.nextInt(size.films()) : films.popularity().draw(random);
                } while (stamp[f] == u + 1);
                stamp[f] = u + 1;
                chosen[k] = f;
            }
            Arrays.sort(chosen);
            double bias = gaussian(random) * shape.userBiasSd();
            int step = random.nextDouble() < shape.halfStarPeople() ? 1 : 2;
            long span = Math.min(window[1] - window[0], Math.round(shape.sessionSeconds().at(random.nextDouble())));
            long start = window[0] + (long) (random.nextDouble() * (window[1] - window[0] - span));
            for (int f : chosen) {
                double r = shape.ratingCentre() + bias + films.quality()[f] + gaussian(random) * shape.noiseSd();
                int halves = (int) Math.round(r * 2 / step) * step;
                halves = Math.max(step == 1 ? 1 : 2, Math.min(10, halves));
                long t = start + (long) (random.nextDouble() * span);
                out.number(u + 1).put((byte) ',').number(f + 1).put((byte) ',').halfStars(halves).put((byte) ',').number(t).put((byte) '\n');
                ratedBy[f]++;
            }
            written += n;
            if ((u & 1023) == 0 || u == size.people() - 1) {
                progress.accept(written);
            }
        }
        return written;
    }

    private void writeMovies(Path dir, int films, SplittableRandom random) throws IOException {
        int genreCount = shape.genres().size();
        double[] genreWeights = shape.genreShares();
        try (AsciiOut out = new AsciiOut(new BufferedOutputStream(Files.newOutputStream(dir.resolve("movies.csv"))))) {
            out.text("movieId,title,genres\n");
            boolean[] taken = new boolean[genreCount];
            for (int id = 1; id <= films; id++) {
                int year = (int) Math.round(shape.releaseYears().at(random.nextDouble()));
                int count = 1 + pick(shape.genresPerFilm(), random);
                Arrays.fill(taken, false);
                StringBuilder genres = new StringBuilder();
                for (int g = 0; g < count; g++) {
                    int chosen;
                    do {
                        chosen = pick(genreWeights, random);
                    } while (taken[chosen]);
                    taken[chosen] = true;
                    genres.append(g == 0 ? "" : "|").append(shape.genres().get(chosen));
                }
                out.number(id).text(",Synthetic film ").number(id).text(" (").number(year).text("),").text(genres.toString()).put((byte) '\n');
            }
        }
    }

    /** Ids that cannot be mistaken for real ones: IMDb tt9xxxxxx, TMDB above 10,000,000. */
    private static void writeLinks(Path dir, int films) throws IOException {
        try (AsciiOut out = new AsciiOut(new BufferedOutputStream(Files.newOutputStream(dir.resolve("links.csv"))))) {
            out.text("movieId,imdbId,tmdbId\n");
            for (int id = 1; id <= films; id++) {
                out.number(id).put((byte) ',').number(9_000_000L + id).put((byte) ',').number(10_000_000L + id).put((byte) '\n');
            }
        }
    }

    private static int pick(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A standard normal draw (Box-Muller; SplittableRandom has no nextGaussian in Java 17). */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
