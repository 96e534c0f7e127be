package com.reelwise.fetch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;

/** Reads (and, inside this package, writes) {@code tmdb-api/movies.jsonl}: one {@link TmdbApiMovie} per line. */
public final class TmdbApiMovies {

    /** Where the file sits inside the data directory. */
    public static final String RELATIVE_PATH = "tmdb-api/movies.jsonl";

    private static final ObjectMapper JSON = JsonMapper.builder()
            // Readers written today should still read a file that gains a field tomorrow.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectReader READER = JSON.readerFor(TmdbApiMovie.class);
    private static final ObjectWriter WRITER = JSON.writerFor(TmdbApiMovie.class);

    private TmdbApiMovies() {
    }

    /** {@code <dataDir>/tmdb-api/movies.jsonl}, whether or not it exists. */
    public static Path file(Path dataDir) {
        return dataDir.resolve(RELATIVE_PATH);
    }

    /**
     * Every movie in a movies.jsonl file, in file order.
     *
     * @throws UncheckedIOException when the file cannot be read or a line is not a movie object
     */
    public static List<TmdbApiMovie> read(Path file) {
        try (MappingIterator<TmdbApiMovie> lines = READER.readValues(file.toFile())) {
            return lines.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read TMDB movies from " + file, e);
        }
    }

    /** Replaces {@code file} in one step, so a reader never sees half a file. */
    static void write(Path file, Collection<TmdbApiMovie> movies) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "movies", ".jsonl.tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                for (TmdbApiMovie movie : movies) {
                    out.write(WRITER.writeValueAsString(movie));
                    out.write('\n');
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
