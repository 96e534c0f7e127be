package com.reelwise.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmdbApiMoviesTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryLineIncludingNullsAndUnknownFields() throws Exception {
        Path file = dir.resolve("movies.jsonl");
        Files.writeString(file, """
                {"tmdbId":862,"imdbId":"tt0114709","title":"Toy Story","year":1995,"overview":"Toys.","tagline":null,"genres":["Animation"],"keywords":["toy"],"director":"John Lasseter","cast":["Tom Hanks","Tim Allen"],"posterUrl":"https://image.tmdb.org/t/p/w500/a.jpg","voteAverage":7.97,"voteCount":18253}
                {"tmdbId":5,"imdbId":null,"title":"Four Rooms","year":null,"overview":null,"tagline":null,"genres":[],"keywords":null,"director":null,"cast":[],"posterUrl":null,"voteAverage":0.0,"voteCount":0,"addedLater":true}
                """);

        List<TmdbApiMovie> movies = TmdbApiMovies.read(file);

        assertThat(movies).containsExactly(
                new TmdbApiMovie(862, "tt0114709", "Toy Story", 1995, "Toys.", null, List.of("Animation"),
                        List.of("toy"), "John Lasseter", List.of("Tom Hanks", "Tim Allen"),
                        "https://image.tmdb.org/t/p/w500/a.jpg", 7.97, 18253),
                new TmdbApiMovie(5, null, "Four Rooms", null, null, null, List.of(), List.of(), null, List.of(),
                        null, 0.0, 0));
    }

    @Test
    void writeThenReadGivesTheSameMovies() throws Exception {
        List<TmdbApiMovie> movies = List.of(new TmdbApiMovie(1, "tt1", "Ünïcode \"quoted\"\nnewline", 2001, "o", "t",
                List.of("Drama"), List.of("k"), "d", List.of("a"), null, 6.5, 10));
        Path file = TmdbApiMovies.file(dir);

        TmdbApiMovies.write(file, movies);

        assertThat(file).isEqualTo(dir.resolve("tmdb-api/movies.jsonl"));
        assertThat(Files.readAllLines(file)).hasSize(1);
        assertThat(TmdbApiMovies.read(file)).isEqualTo(movies);
    }

    @Test
    void brokenLineFailsNamingTheFile() throws Exception {
        Path file = dir.resolve("movies.jsonl");
        Files.writeString(file, "{\"tmdbId\":1}\nnot json\n");

        assertThatThrownBy(() -> TmdbApiMovies.read(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString());
    }
}
