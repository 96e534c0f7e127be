package com.reelwise.catalog;

import java.util.Collection;
import java.util.function.Predicate;

/** Fractions (0..1) of movies that have each kind of content. */
public record Coverage(double overview, double poster, double keywords, double people, double tagline) {

    static Coverage of(Collection<Movie> movies) {
        return new Coverage(
                fraction(movies, Movie::hasOverview),
                fraction(movies, Movie::hasPoster),
                fraction(movies, m -> !m.keywords().isEmpty()),
                fraction(movies, Movie::hasPeople),
                fraction(movies, m -> m.tagline() != null));
    }

    private static double fraction(Collection<Movie> movies, Predicate<Movie> has) {
        return movies.isEmpty() ? 0 : (double) movies.stream().filter(has).count() / movies.size();
    }
}
