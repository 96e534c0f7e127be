package com.reelwise.fetch;

import java.util.List;

/**
 * One movie as fetched from the TMDB API: a line of {@code <dataDir>/tmdb-api/movies.jsonl}.
 * Text fields TMDB leaves empty are {@code null}; lists are never {@code null}.
 *
 * @param tmdbId      TMDB movie id (links.csv {@code tmdbId})
 * @param imdbId      e.g. "tt0114709", or {@code null}
 * @param title       TMDB title
 * @param year        release year, or {@code null} when TMDB has no release date
 * @param overview    plot summary, or {@code null}
 * @param tagline     tagline, or {@code null}
 * @param genres      TMDB genre names
 * @param keywords    TMDB keyword names
 * @param director    first crew member with job "Director", or {@code null}
 * @param cast        up to five actors, by billing order
 * @param posterUrl   w500 poster URL on image.tmdb.org, or {@code null}
 * @param voteAverage TMDB mean vote (0-10)
 * @param voteCount   number of TMDB votes
 */
public record TmdbApiMovie(
        int tmdbId,
        String imdbId,
        String title,
        Integer year,
        String overview,
        String tagline,
        List<String> genres,
        List<String> keywords,
        String director,
        List<String> cast,
        String posterUrl,
        double voteAverage,
        int voteCount) {

    public TmdbApiMovie {
        genres = genres == null ? List.of() : List.copyOf(genres);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        cast = cast == null ? List.of() : List.copyOf(cast);
    }
}
