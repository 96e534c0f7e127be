package com.reelwise.search;

import static com.reelwise.catalog.TestMovies.movie;
import static com.reelwise.catalog.TestMovies.withAlternative;
import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TitleSearchTest {

    private static TitleSearch search;

    @BeforeAll
    static void index() {
        search = new TitleSearch(Catalog.of(List.of(
                movie(1, "The Godfather", 1972, 192, "Crime"),
                movie(2, "The Godfather: Part II", 1974, 129, "Crime"),
                movie(3, "Tokyo Godfathers", 2003, 5, "Animation"),
                withAlternative(movie(4, "Amelie", 2001, 120, "Comedy"), "Le Fabuleux destin d'Amélie Poulain"),
                movie(5, "The Matrix", 1999, 278, "Sci-Fi"),
                movie(6, "The Matrix Reloaded", 2003, 96, "Sci-Fi"),
                movie(7, "Nine Queens", 2000, 3, "Crime"),
                movie(8, "Nueve reinas", 2000, 0, "Crime"))));
    }

    @AfterAll
    static void close() {
        search.close();
    }

    private static List<Integer> ids(String query) {
        return search.search(query, 10).stream().map(Movie::movieId).toList();
    }

    @Test
    void toleratesTypos() {
        assertThat(ids("godfater")).startsWith(1, 2);
        assertThat(ids("matirx")).startsWith(5);
    }

    @Test
    void ignoresAccentsAndFindsAlternativeTitles() {
        assertThat(ids("amélie")).containsExactly(4);
        assertThat(ids("fabuleux destin")).containsExactly(4);
    }

    @Test
    void yearPicksTheRightFilmAmongEqualTitles() {
        assertThat(ids("matrix")).startsWith(5, 6);
        assertThat(ids("matrix 2003")).startsWith(6);
    }

    @Test
    void completesTheWordBeingTyped() {
        assertThat(ids("godf")).containsExactly(1, 2, 3);
        // Every word must match: "the" rules out "Tokyo Godfathers".
        assertThat(ids("the godf")).containsExactly(1, 2);
    }

    @Test
    void popularityBreaksTiesButNeverBeatsABetterMatch() {
        // Both Godfather films match "godfather" exactly; the more rated one comes first.
        assertThat(ids("godfather")).startsWith(1, 2);
        // "nueve reinas" matches movie 8 exactly although movie 7 is more popular.
        assertThat(ids("nueve reinas")).first().isEqualTo(8);
    }

    @Test
    void fallsBackToMostWordsWhenNoTitleHasThemAll() {
        assertThat(ids("godfather zzzz")).startsWith(1);
    }

    @Test
    void blankOrHugeInputIsHarmless() {
        assertThat(search.search("", 10)).isEmpty();
        assertThat(search.search("   ", 10)).isEmpty();
        assertThat(search.search(null, 10)).isEmpty();
        assertThat(search.search("matrix", 0)).isEmpty();
        assertThat(search.search("x".repeat(100_000), 10)).isEmpty();
        assertThat(search.search("\u0000<script>alert(1)</script>", 10)).isNotNull();
    }
}
