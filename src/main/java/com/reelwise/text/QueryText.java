package com.reelwise.text;

import com.reelwise.catalog.Movie;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A short search-like query for a movie, as a user would type it: a few of its keywords or user
 * tags, then its genres, e.g. "bank robbery, heist crime thriller". The title is left out on
 * purpose: the pair should teach what a movie is about, not how it is called.
 */
final class QueryText {

    private static final int MAX_TERMS = 3;
    private static final int MAX_GENRES = 2;

    private QueryText() {
    }

    /** A query, or null when the movie has neither keywords, tags nor genres. */
    static String of(Movie movie, Random random) {
        Set<String> pool = new LinkedHashSet<>();
        movie.keywords().forEach(k -> pool.add(k.toLowerCase(Locale.ROOT).strip()));
        movie.tags().forEach(t -> pool.add(t.toLowerCase(Locale.ROOT).strip()));
        pool.removeIf(String::isEmpty);
        List<String> terms = new ArrayList<>(pool);
        Collections.shuffle(terms, random);
        terms = terms.subList(0, Math.min(MAX_TERMS, terms.size()));
        List<String> genres = movie.genres().stream().filter(g -> !g.startsWith("(")).map(g -> g.toLowerCase(Locale.ROOT))
                .limit(MAX_GENRES).toList();
        if (terms.isEmpty() && genres.isEmpty()) {
            return null;
        }
        String about = String.join(", ", terms);
        String kind = genres.isEmpty() ? "movie" : String.join(" ", genres);
        return about.isEmpty() ? kind + " movie" : about + " " + kind;
    }
}
