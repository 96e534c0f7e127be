package com.reelwise.ratings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One MovieLens release found in the data directory: its folder and file layout.
 *
 * @param name   folder name, e.g. "ml-latest-small" or "ml-100k"
 * @param dir    the folder
 * @param format how its files are laid out
 */
public record MovieLensDataset(String name, Path dir, Format format) {

    /** The two layouts GroupLens has shipped that we read. */
    public enum Format {
        /** ml-latest, ml-latest-small, ml-25m, ml-32m: ratings.csv, movies.csv, links.csv, tags.csv. */
        CSV("ratings.csv", "movies.csv"),
        /** ml-100k: u.data (tab separated) and u.item ("|" separated, Latin-1). */
        ML_100K("u.data", "u.item");

        private final String ratingsFile;
        private final String moviesFile;

        Format(String ratingsFile, String moviesFile) {
            this.ratingsFile = ratingsFile;
            this.moviesFile = moviesFile;
        }
    }

    public Path ratingsFile() {
        return dir.resolve(format.ratingsFile);
    }

    public Path moviesFile() {
        return dir.resolve(format.moviesFile);
    }

    /** links.csv (movieId, imdbId, tmdbId); only the CSV layout has one. */
    public Optional<Path> linksFile() {
        return existing(dir.resolve("links.csv"));
    }

    /** tags.csv (userId, movieId, tag, timestamp); only the CSV layout has one. */
    public Optional<Path> tagsFile() {
        return existing(dir.resolve("tags.csv"));
    }

    /** Every MovieLens release directly in {@code dataDir} (or {@code dataDir} itself), largest first. */
    public static List<MovieLensDataset> findAll(Path dataDir) {
        List<MovieLensDataset> found = new ArrayList<>();
        detect(dataDir).ifPresent(found::add);
        if (Files.isDirectory(dataDir)) {
            try (Stream<Path> children = Files.list(dataDir)) {
                children.filter(Files::isDirectory).sorted()
                        .map(MovieLensDataset::detect)
                        .flatMap(Optional::stream)
                        .forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the data directory " + dataDir, e);
            }
        }
        found.sort(Comparator.comparingLong(MovieLensDataset::ratingsBytes).reversed());
        return found;
    }

    /**
     * The release to use: the one named {@code preference} (its folder name), or the
     * largest present when the preference is "auto" or blank.
     */
    public static Optional<MovieLensDataset> find(Path dataDir, String preference) {
        List<MovieLensDataset> all = findAll(dataDir);
        if (preference == null || preference.isBlank() || preference.equalsIgnoreCase("auto")) {
            return all.stream().findFirst();
        }
        return all.stream().filter(d -> d.name().equalsIgnoreCase(preference)).findFirst();
    }

    private static Optional<MovieLensDataset> detect(Path dir) {
        for (Format format : Format.values()) {
            if (Files.isRegularFile(dir.resolve(format.ratingsFile)) && Files.isRegularFile(dir.resolve(format.moviesFile))) {
                return Optional.of(new MovieLensDataset(dir.getFileName().toString(), dir, format));
            }
        }
        return Optional.empty();
    }

    private long ratingsBytes() {
        try {
            return Files.size(ratingsFile());
        } catch (IOException e) {
            return 0;
        }
    }

    private static Optional<Path> existing(Path file) {
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
