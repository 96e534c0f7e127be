package com.reelwise.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one metadata source says about one movie. Any field may be missing (null or empty);
 * the catalog fills each field from the highest-precedence source that has it.
 */
record Metadata(
        Integer tmdbId,
        String imdbId,
        String title,
        Integer year,
        List<String> genres,
        String overview,
        String tagline,
        List<String> keywords,
        String director,
        List<String> cast,
        String posterUrl,
        int votes) {

    /** TMDB keywords about the production, not the story: they make explanations and cluster labels say nothing. */
    static final Set<String> PRODUCTION_KEYWORDS = Set.of("duringcreditsstinger", "aftercreditsstinger",
            "woman director", "independent film", "3d");

    static Builder builder() {
        return new Builder();
    }

    /** Fills fields one at a time while reading a row; blanks become null. */
    static final class Builder {
        private Integer tmdbId;
        private String imdbId;
        private String title;
        private Integer year;
        private List<String> genres = List.of();
        private String overview;
        private String tagline;
        private List<String> keywords = List.of();
        private String director;
        private List<String> cast = List.of();
        private String posterUrl;
        private int votes;

        Builder tmdbId(Integer value) {
            tmdbId = value;
            return this;
        }

        Builder imdbId(String value) {
            imdbId = Ids.imdb(value);
            return this;
        }

        Builder title(String value) {
            title = blankToNull(value);
            return this;
        }

        Builder year(Integer value) {
            year = value;
            return this;
        }

        Builder genres(List<String> value) {
            genres = Genres.normalise(value);
            return this;
        }

        Builder overview(String value) {
            overview = blankToNull(value);
            return this;
        }

        Builder tagline(String value) {
            tagline = blankToNull(value);
            return this;
        }

        Builder keywords(List<String> value) {
            keywords = value.stream().filter(k -> !PRODUCTION_KEYWORDS.contains(k.toLowerCase(Locale.ROOT))).toList();
            return this;
        }

        Builder director(String value) {
            director = blankToNull(value);
            return this;
        }

        Builder cast(List<String> value) {
            cast = List.copyOf(value);
            return this;
        }

        Builder posterUrl(String value) {
            String url = blankToNull(value);
            posterUrl = url == null || url.equals("None") || !url.startsWith("http") ? null : url;
            return this;
        }

        Builder votes(Integer value) {
            votes = value == null ? 0 : value;
            return this;
        }

        Metadata build() {
            return new Metadata(tmdbId, imdbId, title, year, genres, overview, tagline, keywords, director, cast, posterUrl, votes);
        }
    }

    /** True when the row is a failed look-up: no field beyond the ids carries anything. */
    boolean isBlank() {
        return title == null && overview == null && posterUrl == null && tagline == null
                && keywords.isEmpty() && genres.isEmpty() && director == null && cast.isEmpty();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
