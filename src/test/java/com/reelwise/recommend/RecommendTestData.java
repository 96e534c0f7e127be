package com.reelwise.recommend;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import java.util.List;

/** A small catalog whose movies come in clear genre groups. */
final class RecommendTestData {

    private RecommendTestData() {
    }

    static Movie movie(int id, int year, int ratings, List<String> genres, List<String> keywords) {
        return new Movie(id, null, null, "Movie " + id, List.of(), year, genres, null, null, keywords, List.of(), null, List.of(),
                null, ratings, ratings > 0 ? 3.5 : null, ratings > 0 ? ratings * 100 : 50);
    }

    static Catalog catalog() {
        return Catalog.of(List.of(
                movie(1, 1990, 300, List.of("Action"), List.of("heist")),
                movie(2, 1995, 250, List.of("Action"), List.of("heist")),
                movie(3, 2000, 200, List.of("Action"), List.of("heist")),
                movie(4, 2005, 150, List.of("Comedy"), List.of("wedding")),
                movie(5, 2010, 100, List.of("Drama"), List.of("war")),
                movie(6, 2015, 50, List.of("Action"), List.of("heist")),
                movie(7, 2020, 0, List.of("Horror"), List.of("ghost"))));
    }
}
