package com.reelwise.ratings;

import java.util.Arrays;

/**
 * Implicit feedback: which items each user interacted with, as a compressed sparse row
 * matrix over dense user and item indices. Items of a user are sorted ascending, so
 * membership is a binary search. Immutable.
 */
public final class Interactions {

    private final int numUsers;
    private final int numItems;
    private final int[] rowStart;
    private final int[] items;

    private Interactions(int numUsers, int numItems, int[] rowStart, int[] items) {
        this.numUsers = numUsers;
        this.numItems = numItems;
        this.rowStart = rowStart;
        this.items = items;
    }

    /**
     * Builds the matrix from parallel (user, item) arrays; duplicates collapse to one entry.
     *
     * @param numUsers number of users (indices 0..numUsers-1)
     * @param numItems number of items (indices 0..numItems-1)
     */
    public static Interactions of(int numUsers, int numItems, int[] users, int[] itemsOfPairs) {
        if (users.length != itemsOfPairs.length) {
            throw new IllegalArgumentException("users and items differ in length: " + users.length + " vs " + itemsOfPairs.length);
        }
        int[] counts = new int[numUsers + 1];
        for (int i = 0; i < users.length; i++) {
            checkIndex(users[i], numUsers, "user");
            checkIndex(itemsOfPairs[i], numItems, "item");
            counts[users[i] + 1]++;
        }
        for (int u = 0; u < numUsers; u++) {
            counts[u + 1] += counts[u];
        }
        int[] filled = Arrays.copyOf(counts, numUsers);
        int[] flat = new int[users.length];
        for (int i = 0; i < users.length; i++) {
            flat[filled[users[i]]++] = itemsOfPairs[i];
        }
        // Sort each row and drop duplicates, compacting in place.
        int[] rowStart = new int[numUsers + 1];
        int write = 0;
        for (int u = 0; u < numUsers; u++) {
            Arrays.sort(flat, counts[u], counts[u + 1]);
            rowStart[u] = write;
            for (int k = counts[u]; k < counts[u + 1]; k++) {
                if (k == counts[u] || flat[k] != flat[k - 1]) {
                    flat[write++] = flat[k];
                }
            }
        }
        rowStart[numUsers] = write;
        return new Interactions(numUsers, numItems, rowStart, Arrays.copyOf(flat, write));
    }

    /** Every rating at or above {@code threshold} becomes an interaction (threshold 0: every rating). */
    public static Interactions fromRatings(Ratings ratings, float threshold) {
        int n = 0;
        for (int i = 0; i < ratings.size(); i++) {
            if (ratings.value(i) >= threshold) {
                n++;
            }
        }
        int[] users = new int[n];
        int[] items = new int[n];
        for (int i = 0, k = 0; i < ratings.size(); i++) {
            if (ratings.value(i) >= threshold) {
                users[k] = ratings.userIndex(i);
                items[k++] = ratings.movieIndex(i);
            }
        }
        return of(ratings.users().size(), ratings.movies().size(), users, items);
    }

    public int numUsers() {
        return numUsers;
    }

    public int numItems() {
        return numItems;
    }

    /** Total number of (user, item) entries. */
    public int size() {
        return items.length;
    }

    /** The items of a user, ascending (a copy). */
    public int[] itemsOf(int user) {
        return Arrays.copyOfRange(items, rowStart[user], rowStart[user + 1]);
    }

    public int countOf(int user) {
        return rowStart[user + 1] - rowStart[user];
    }

    public boolean contains(int user, int item) {
        return Arrays.binarySearch(items, rowStart[user], rowStart[user + 1], item) >= 0;
    }

    /** How many users interacted with each item. */
    public int[] itemCounts() {
        int[] counts = new int[numItems];
        for (int item : items) {
            counts[item]++;
        }
        return counts;
    }

    private static void checkIndex(int index, int bound, String what) {
        if (index < 0 || index >= bound) {
            throw new IllegalArgumentException(what + " index " + index + " is outside 0.." + (bound - 1));
        }
    }
}
