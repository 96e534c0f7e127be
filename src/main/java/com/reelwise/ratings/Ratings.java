package com.reelwise.ratings;

import java.util.Objects;

/**
 * All ratings of one MovieLens data set, column by column. Row {@code i} is user
 * {@code users().idAt(userIndex(i))} rating movie {@code movies().idAt(movieIndex(i))}.
 */
public final class Ratings {

    private final IdIndex users;
    private final IdIndex movies;
    private final int[] userIndex;
    private final int[] movieIndex;
    private final float[] values;
    private final long[] timestamps;

    /** Builds the table from raw ids; rows keep their order. */
    public static Ratings fromRawIds(int[] userIds, int[] movieIds, float[] values, long[] timestamps) {
        int n = userIds.length;
        if (movieIds.length != n || values.length != n || timestamps.length != n) {
            throw new IllegalArgumentException("Rating columns differ in length: users=" + n
                    + ", movies=" + movieIds.length + ", values=" + values.length + ", timestamps=" + timestamps.length);
        }
        IdIndex users = IdIndex.of(userIds);
        IdIndex movies = IdIndex.of(movieIds);
        int[] u = new int[n];
        int[] m = new int[n];
        for (int i = 0; i < n; i++) {
            u[i] = users.indexOf(userIds[i]);
            m[i] = movies.indexOf(movieIds[i]);
        }
        return new Ratings(users, movies, u, m, values, timestamps);
    }

    private Ratings(IdIndex users, IdIndex movies, int[] userIndex, int[] movieIndex, float[] values, long[] timestamps) {
        this.users = Objects.requireNonNull(users);
        this.movies = Objects.requireNonNull(movies);
        this.userIndex = userIndex;
        this.movieIndex = movieIndex;
        this.values = values;
        this.timestamps = timestamps;
    }

    public int size() {
        return values.length;
    }

    public IdIndex users() {
        return users;
    }

    public IdIndex movies() {
        return movies;
    }

    public int userIndex(int row) {
        return userIndex[row];
    }

    public int movieIndex(int row) {
        return movieIndex[row];
    }

    public float value(int row) {
        return values[row];
    }

    public long timestamp(int row) {
        return timestamps[row];
    }

    /**
     * The rows whose (user, movie) is in {@code part} (same dense indices as this table): what a model or a
     * catalog may know at one stage of a time split, e.g. rating counts from the train part only.
     */
    public Ratings restrictedTo(Interactions part) {
        int n = 0;
        for (int row = 0; row < size(); row++) {
            n += part.contains(userIndex[row], movieIndex[row]) ? 1 : 0;
        }
        int[] userIds = new int[n];
        int[] movieIds = new int[n];
        float[] kept = new float[n];
        long[] times = new long[n];
        for (int row = 0, k = 0; row < size(); row++) {
            if (part.contains(userIndex[row], movieIndex[row])) {
                userIds[k] = users.idAt(userIndex[row]);
                movieIds[k] = movies.idAt(movieIndex[row]);
                kept[k] = values[row];
                times[k++] = timestamps[row];
            }
        }
        return fromRawIds(userIds, movieIds, kept, times);
    }

    /** Number of ratings and mean rating per movie, indexed like {@link #movies()}. */
    public MovieRatingStats movieStats() {
        int[] counts = new int[movies.size()];
        double[] sums = new double[movies.size()];
        for (int i = 0; i < size(); i++) {
            counts[movieIndex[i]]++;
            sums[movieIndex[i]] += values[i];
        }
        return new MovieRatingStats(movies, counts, sums);
    }
}
