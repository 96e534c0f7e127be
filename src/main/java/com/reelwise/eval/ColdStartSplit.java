package com.reelwise.eval;

import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.Ratings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The cold-start split: whole movies are held out of all training. Every rating of a held-out
 * movie is removed from {@link #train()} (so no model, and no fine-tuning pair drawn from train,
 * ever sees it); users who liked a held-out movie are then asked to rank the held-out movies.
 *
 * @param train   every rating of a movie not held out, as an interaction (any rating value, as the
 *                other protocols' default threshold 0)
 * @param heldOut item indices of the held-out movies, ascending
 * @param liked   per user, the held-out items rated at or above the protocol's threshold, ascending
 *                (empty for most users)
 * @param trainOrder per user, the train items in time order, oldest first (a repeated item at its latest time)
 */
public record ColdStartSplit(Interactions train, int[] heldOut, int[][] liked, int[][] trainOrder) {

    /**
     * Holds out {@code round(testFraction * eligible)} movies (at least one), drawn uniformly with
     * the protocol's seed from the movies with at least {@code minInteractions} ratings.
     */
    public static ColdStartSplit of(Ratings ratings, Protocol protocol) {
        int numItems = ratings.movies().size();
        int numUsers = ratings.users().size();
        int[] counts = new int[numItems];
        for (int row = 0; row < ratings.size(); row++) {
            counts[ratings.movieIndex(row)]++;
        }
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < numItems; i++) {
            if (counts[i] >= protocol.minInteractions()) {
                eligible.add(i);
            }
        }
        int take = Math.max(1, (int) Math.round(protocol.testFraction() * eligible.size()));
        if (eligible.size() < take) {
            throw new IllegalArgumentException("no movie has " + protocol.minInteractions() + " ratings to hold out");
        }
        // partial Fisher-Yates over the eligible list: the first `take` are the held-out movies
        SplittableRandom random = new SplittableRandom(protocol.seed());
        for (int k = 0; k < take; k++) {
            int j = k + random.nextInt(eligible.size() - k);
            Integer swap = eligible.get(k);
            eligible.set(k, eligible.get(j));
            eligible.set(j, swap);
        }
        int[] heldOut = eligible.subList(0, take).stream().mapToInt(Integer::intValue).sorted().toArray();
        boolean[] isHeldOut = new boolean[numItems];
        for (int item : heldOut) {
            isHeldOut[item] = true;
        }
        int[] users = new int[ratings.size()];
        int[] items = new int[ratings.size()];
        long[] times = new long[ratings.size()];
        int n = 0;
        List<List<Integer>> likedLists = new ArrayList<>();
        for (int u = 0; u < numUsers; u++) {
            likedLists.add(new ArrayList<>());
        }
        for (int row = 0; row < ratings.size(); row++) {
            int u = ratings.userIndex(row);
            int item = ratings.movieIndex(row);
            if (!isHeldOut[item]) {
                users[n] = u;
                times[n] = ratings.timestamp(row);
                items[n++] = item;
            } else if (ratings.value(row) >= protocol.ratingThreshold() && !likedLists.get(u).contains(item)) {
                likedLists.get(u).add(item);
            }
        }
        int[][] liked = new int[numUsers][];
        for (int u = 0; u < numUsers; u++) {
            liked[u] = likedLists.get(u).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        Interactions train = Interactions.of(numUsers, numItems, Arrays.copyOf(users, n), Arrays.copyOf(items, n));
        int[][] order = Splitter.byUserInTimeOrder(numUsers, Arrays.copyOf(users, n), Arrays.copyOf(items, n), Arrays.copyOf(times, n));
        return new ColdStartSplit(train, heldOut, liked, order);
    }

    /** True when {@code item} is held out. */
    public boolean isHeldOut(int item) {
        return Arrays.binarySearch(heldOut, item) >= 0;
    }

    /** An interaction matrix of the train's shape with no entries (cold-start has no validation part). */
    Interactions emptyValidation() {
        return Interactions.of(train.numUsers(), train.numItems(), new int[0], new int[0]);
    }
}
