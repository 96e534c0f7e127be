package com.reelwise.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Maps TMDB genre names onto MovieLens' vocabulary so that one genre filter works across sources. */
final class Genres {

    private static final Map<String, String> TMDB_TO_MOVIELENS = Map.of(
            "Science Fiction", "Sci-Fi",
            "Family", "Children",
            "Music", "Musical");

    private Genres() {
    }

    static List<String> normalise(List<String> genres) {
        List<String> out = new ArrayList<>();
        for (String genre : genres) {
            String g = genre.strip();
            if (g.isEmpty() || g.equals("(no genres listed)")) {
                continue;
            }
            String mapped = TMDB_TO_MOVIELENS.getOrDefault(g, g);
            if (!out.contains(mapped)) {
                out.add(mapped);
            }
        }
        return List.copyOf(out);
    }

    /** Splits a "Drama|Crime" or "Drama,Crime" cell. */
    static List<String> split(String cell, String separatorRegex) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return normalise(List.of(cell.split(separatorRegex)));
    }
}
