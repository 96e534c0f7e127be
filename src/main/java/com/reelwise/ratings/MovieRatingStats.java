package com.reelwise.ratings;

/** How often and how well each movie was rated. */
public final class MovieRatingStats {

    private final IdIndex movies;
    private final int[] counts;
    private final double[] sums;

    MovieRatingStats(IdIndex movies, int[] counts, double[] sums) {
        this.movies = movies;
        this.counts = counts;
        this.sums = sums;
    }

    /** Number of ratings of a raw movie id (0 when unrated). */
    public int count(int movieId) {
        int index = movies.indexOf(movieId);
        return index < 0 ? 0 : counts[index];
    }

    /** Mean rating of a raw movie id, or NaN when unrated. */
    public double mean(int movieId) {
        int index = movies.indexOf(movieId);
        return index < 0 || counts[index] == 0 ? Double.NaN : sums[index] / counts[index];
    }
}
