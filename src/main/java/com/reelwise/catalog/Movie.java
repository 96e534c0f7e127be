package com.reelwise.catalog;

import java.util.List;

/**
 * One movie of the catalog, merged from every source that knows it.
 *
 * @param movieId      MovieLens id where the movie has one, else {@link Catalog#TMDB_ONLY_ID_BASE} + tmdbId
 * @param tmdbId       TMDB id, or null
 * @param imdbId       IMDb id with its "tt" prefix, or null
 * @param title        display title ("The Matrix", articles in front)
 * @param alternativeTitles original-language and a.k.a. titles
 * @param year         release year, or null
 * @param genres       genres in MovieLens' vocabulary
 * @param overview     plot summary, or null
 * @param tagline      tagline, or null
 * @param keywords     TMDB keywords
 * @param tags         MovieLens user tags, most used first
 * @param director     director, or null
 * @param cast         top-billed cast, in billing order
 * @param posterUrl    absolute poster image URL, or null
 * @param ratingCount  number of MovieLens ratings (0 for metadata-only movies)
 * @param meanRating   mean MovieLens rating, or null when unrated
 * @param tmdbVotes    TMDB vote count (a popularity signal for unrated movies), 0 when unknown
 */
public record Movie(
        int movieId,
        Integer tmdbId,
        String imdbId,
        String title,
        List<String> alternativeTitles,
        Integer year,
        List<String> genres,
        String overview,
        String tagline,
        List<String> keywords,
        List<String> tags,
        String director,
        List<String> cast,
        String posterUrl,
        int ratingCount,
        Double meanRating,
        int tmdbVotes) {

    public Movie {
        alternativeTitles = List.copyOf(alternativeTitles);
        genres = List.copyOf(genres);
        keywords = List.copyOf(keywords);
        tags = List.copyOf(tags);
        cast = List.copyOf(cast);
    }

    /** The same film with other rating figures (e.g. counted over part of the ratings only). */
    public Movie withRatings(int count, Double mean) {
        return new Movie(movieId, tmdbId, imdbId, title, alternativeTitles, year, genres, overview, tagline, keywords, tags, director,
                cast, posterUrl, count, mean, tmdbVotes);
    }

    /** Ratings here that make a film known to some, whatever its TMDB votes. */
    public static final int KNOWN_RATINGS = 5;
    /** TMDB votes that make a film known to some, whatever its ratings here. */
    public static final int KNOWN_TMDB_VOTES = 100;

    /**
     * Known to some: {@value #KNOWN_RATINGS} ratings here or {@value #KNOWN_TMDB_VOTES} TMDB votes. What the hybrid's
     * pick priors and "more like this" may lift, and what the taste panel does not count as obscure.
     */
    public boolean isKnownToSome() {
        return ratingCount >= KNOWN_RATINGS || tmdbVotes >= KNOWN_TMDB_VOTES;
    }

    /** True when the movie has MovieLens ratings (collaborative signal exists). */
    public boolean isRated() {
        return ratingCount > 0;
    }

    /** "The Matrix (1999)", or the bare title when the year is unknown. */
    public String titleWithYear() {
        return year == null ? title : title + " (" + year + ")";
    }

    public boolean hasOverview() {
        return overview != null && !overview.isBlank();
    }

    public boolean hasPoster() {
        return posterUrl != null && !posterUrl.isBlank();
    }

    public boolean hasPeople() {
        return director != null || !cast.isEmpty();
    }
}
