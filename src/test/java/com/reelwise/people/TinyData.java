package com.reelwise.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A generated MovieLens-shaped folder with movies 1..n and a few ratings, so the app starts in seconds. */
final class TinyData {

    private TinyData() {
    }

    static Path create(int movies) {
        try {
            Path dir = Files.createTempDirectory("reelwise-people-data");
            Path ml = Files.createDirectories(dir.resolve("ml-tiny"));
            StringBuilder list = new StringBuilder("movieId,title,genres\n");
            StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
            for (int id = 1; id <= movies; id++) {
                list.append(id).append(",Film number ").append(id).append(" (").append(1950 + id % 70).append("),")
                        .append(id % 2 == 0 ? "Drama" : "Comedy").append('\n');
                for (int user = 1; user <= 1 + id % 5; user++) {
                    ratings.append(user).append(',').append(id).append(",4,").append(id * 10 + user).append('\n');
                }
            }
            Files.writeString(ml.resolve("movies.csv"), list);
            Files.writeString(ml.resolve("ratings.csv"), ratings);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
