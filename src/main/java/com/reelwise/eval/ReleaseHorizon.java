package com.reelwise.eval;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.ratings.Ratings;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Which films a person could have watched when they rated: those released by the calendar year of their latest rating
 * that the protocol asks about. The chronological protocols hold out a person's ratings of, say, 1999, yet rank every
 * film in the release against them, 2014's included; a method that buries films newer than a person's history is
 * rewarded for it there, while a person arriving today can watch them all. The "-released" protocols rank only films
 * out by then, for every method alike. A film of unknown year stays a candidate.
 *
 * @param itemYear per item index, the release year (0 when unknown)
 * @param userYear per user index, the year of their latest rating asked about (0: no limit)
 */
record ReleaseHorizon(int[] itemYear, int[] userYear) {

    /** True when {@code item} came out after the year of {@code user}'s latest rating asked about. */
    boolean unreleased(int user, int item) {
        int limit = userYear[user];
        return limit > 0 && itemYear[item] > limit;
    }

    /**
     * @param catalog       the release's films, for their years
     * @param ratings       every rating, for their times
     * @param itemsPerUser  per user index, the items whose ratings set the user's horizon (their test films; all their films
     *                      under cold start, where any rated film could be a held-out one)
     */
    static ReleaseHorizon of(Catalog catalog, Ratings ratings, int[][] itemsPerUser) {
        int[] itemYear = new int[ratings.movies().size()];
        for (int i = 0; i < itemYear.length; i++) {
            Integer year = catalog.byId(ratings.movies().idAt(i)).map(Movie::year).orElse(null);
            itemYear[i] = year == null ? 0 : year;
        }
        return new ReleaseHorizon(itemYear, latestYears(ratings, itemsPerUser));
    }

    /** Per user, the calendar year (UTC) of their latest rating of one of {@code itemsPerUser[user]}; 0 with none. */
    static int[] latestYears(Ratings ratings, int[][] itemsPerUser) {
        java.util.Set<Long> asked = new java.util.HashSet<>();
        for (int u = 0; u < itemsPerUser.length; u++) {
            for (int item : itemsPerUser[u]) {
                asked.add(((long) u << 32) | item);
            }
        }
        long[] latest = new long[itemsPerUser.length];
        boolean[] any = new boolean[itemsPerUser.length];
        for (int row = 0; row < ratings.size(); row++) {
            int u = ratings.userIndex(row);
            if (u < latest.length && asked.contains(((long) u << 32) | ratings.movieIndex(row))) {
                latest[u] = any[u] ? Math.max(latest[u], ratings.timestamp(row)) : ratings.timestamp(row);
                any[u] = true;
            }
        }
        int[] years = new int[latest.length];
        for (int u = 0; u < years.length; u++) {
            years[u] = any[u] ? Instant.ofEpochSecond(latest[u]).atZone(ZoneOffset.UTC).getYear() : 0;
        }
        return years;
    }
}
