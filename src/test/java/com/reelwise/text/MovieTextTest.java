package com.reelwise.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.catalog.Movie;
import java.util.List;
import org.junit.jupiter.api.Test;

class MovieTextTest {

    @Test
    void putsTheMostTellingFieldsFirst() {
        Movie heat = new Movie(6, 949, "tt0113277", "Heat", List.of(), 1995, List.of("Action", "Crime"), "A group of thieves…",
                "A Los Angeles crime saga", List.of("bank robbery", "detective"), List.of("atmospheric"), "Michael Mann",
                List.of("Al Pacino", "Robert De Niro", "Val Kilmer", "Jon Voight"), null, 100, 4.0, 0);

        assertThat(MovieText.of(heat)).isEqualTo("Heat (1995). Genres: Action, Crime. Directed by Michael Mann. Starring Al Pacino, "
                + "Robert De Niro, Val Kilmer. A Los Angeles crime saga. Keywords: bank robbery, detective. A group of thieves… Tags: atmospheric.");
    }

    @Test
    void titleAloneIsEnoughAndLongTextIsCut() {
        Movie bare = new Movie(1, null, null, "Babylon 5", List.of(), null, List.of(), null, null, List.of(), List.of(), null, List.of(),
                null, 0, null, 0);
        Movie wordy = new Movie(2, null, null, "Long", List.of(), 2000, List.of(), "word ".repeat(1000), null, List.of(), List.of(), null,
                List.of(), null, 0, null, 0);

        assertThat(MovieText.of(bare)).isEqualTo("Babylon 5.");
        assertThat(MovieText.of(wordy)).hasSize(MovieText.MAX_CHARS).startsWith("Long (2000). word");
    }
}
