package com.reelwise.text;

import com.reelwise.catalog.Movie;
import java.util.List;

/**
 * The text the encoder reads for a movie. The most telling fields come first so that the
 * encoder's window (256 tokens by default, about 1,000 characters) cuts the least useful part:
 * title and year, genres, director and cast, tagline, keywords, then the overview, then user tags.
 */
public final class MovieText {

    /** About what 256 word pieces hold; the tokenizer truncates anything beyond its window anyway. */
    static final int MAX_CHARS = 1_200;
    private static final int MAX_KEYWORDS = 12;
    private static final int MAX_TAGS = 8;

    private MovieText() {
    }

    public static String of(Movie movie) {
        StringBuilder text = new StringBuilder(movie.titleWithYear()).append('.');
        appendList(text, " Genres: ", movie.genres(), Integer.MAX_VALUE);
        if (movie.director() != null) {
            text.append(" Directed by ").append(movie.director()).append('.');
        }
        appendList(text, " Starring ", movie.cast(), 3);
        if (movie.tagline() != null) {
            text.append(' ').append(movie.tagline().strip());
            if (!movie.tagline().strip().matches(".*[.!?]$")) {
                text.append('.');
            }
        }
        appendList(text, " Keywords: ", movie.keywords(), MAX_KEYWORDS);
        if (movie.hasOverview()) {
            text.append(' ').append(movie.overview().strip().replaceAll("\\s+", " "));
        }
        appendList(text, " Tags: ", movie.tags(), MAX_TAGS);
        return text.length() <= MAX_CHARS ? text.toString() : text.substring(0, MAX_CHARS);
    }

    private static void appendList(StringBuilder text, String label, List<String> items, int max) {
        if (items.isEmpty()) {
            return;
        }
        text.append(label).append(String.join(", ", items.subList(0, Math.min(max, items.size())))).append('.');
    }
}
