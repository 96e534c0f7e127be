package com.reelwise.catalog;

import static com.reelwise.catalog.TestMovies.movie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void mostRatedComesByRatingCountThenByTmdbVotes() {
        Movie quiet = movie(1, "Quiet", 2001, 5);
        Movie famous = movie(2, "Famous", 1999, 90);
        Movie tiedFewVotes = movie(3, "Tied, few votes", 2010, 40);
        Movie tiedManyVotes = withTmdbVotes(movie(4, "Tied, many votes", 2012, 40), 9_000);
        Catalog catalog = Catalog.of(List.of(quiet, famous, tiedFewVotes, tiedManyVotes));

        assertThat(catalog.mostRated(3)).containsExactly(famous, tiedManyVotes, tiedFewVotes);
        assertThat(catalog.mostRated(10)).hasSize(4).endsWith(quiet);
        assertThat(catalog.mostRated(0)).isEmpty();
    }

    private static Movie withTmdbVotes(Movie m, int votes) {
        return new Movie(m.movieId(), m.tmdbId(), m.imdbId(), m.title(), m.alternativeTitles(), m.year(), m.genres(), m.overview(),
                m.tagline(), m.keywords(), m.tags(), m.director(), m.cast(), m.posterUrl(), m.ratingCount(), m.meanRating(), votes);
    }
}
