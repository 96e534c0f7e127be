package com.reelwise.api;

import com.reelwise.catalog.Movie;
import java.util.List;

/** A movie as search results show it. */
public record MovieSummary(int movieId, String title, Integer year, List<String> genres, String posterUrl) {

    static MovieSummary of(Movie movie) {
        return new MovieSummary(movie.movieId(), movie.title(), movie.year(), movie.genres(), movie.posterUrl());
    }
}
