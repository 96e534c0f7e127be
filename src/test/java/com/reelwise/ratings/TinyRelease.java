package com.reelwise.ratings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A tiny generated MovieLens release, "ml-tiny", with two clear taste groups over 40 movies: the first half of the
 * users like movies 1-20 (Action), the second half 21-40 (Romance), each rating a seeded draw of their group's films
 * in time order, so every method has something to rank.
 */
public final class TinyRelease {

    public static final String NAME = "ml-tiny";

    private TinyRelease() {
    }

    /** Writes the release under {@code data} and returns {@code data}. */
    public static Path write(Path data, int users, int ratingsEach) throws IOException {
        Path ml = Files.createDirectories(data.resolve(NAME));
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        for (int m = 1; m <= 40; m++) {
            movies.append(m).append(",Movie ").append(m).append(" (2000),").append(m <= 20 ? "Action" : "Romance").append('\n');
        }
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        Random random = new Random(7);
        for (int u = 1; u <= users; u++) {
            int base = u <= users / 2 ? 0 : 20;
            for (int k = 0; k < ratingsEach; k++) {
                ratings.append(u).append(',').append(base + 1 + random.nextInt(20)).append(",4.5,").append(1000 + k).append('\n');
            }
        }
        Files.writeString(ml.resolve("movies.csv"), movies);
        Files.writeString(ml.resolve("ratings.csv"), ratings);
        return data;
    }
}
