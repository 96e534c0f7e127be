package com.reelwise.catalog;

import java.util.List;

/** Builds movies for tests with only the fields a test cares about. */
public final class TestMovies {

    private TestMovies() {
    }

    public static Movie movie(int movieId, String title, Integer year, int ratingCount, String... genres) {
        return new Movie(movieId, null, null, title, List.of(), year, List.of(genres), null, null, List.of(), List.of(), null,
                List.of(), null, ratingCount, ratingCount > 0 ? 4.0 : null, 0);
    }

    public static Movie withAlternative(Movie m, String alternative) {
        return new Movie(m.movieId(), m.tmdbId(), m.imdbId(), m.title(), List.of(alternative), m.year(), m.genres(), m.overview(),
                m.tagline(), m.keywords(), m.tags(), m.director(), m.cast(), m.posterUrl(), m.ratingCount(), m.meanRating(), m.tmdbVotes());
    }
}
