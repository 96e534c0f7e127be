package com.reelwise.eval;

import com.reelwise.ratings.Interactions;
import java.util.Arrays;

/**
 * One train / validation / test split over dense user and item indices. The three parts are
 * disjoint per user. {@link #train()} excludes the validation part; a model that tuned on
 * validation may refit on {@link #union(Interactions, Interactions)} of both. Candidates for
 * ranking never include {@link #known()} items.
 *
 * @param train      interactions a model fits on
 * @param validation held out from train for epoch and hyperparameter selection
 * @param test       held out for the final numbers; never given to a model
 * @param negatives  per user, the sampled negatives its test item is ranked against
 *                   (loo-99neg; empty arrays for full-ranking)
 * @param knownOrder per user, the train then validation items in time order, oldest first: the order a
 *                   sequence-aware method reads a history in (the split is by time, so validation follows train)
 */
public record Split(Interactions train, Interactions validation, Interactions test, int[][] negatives, int[][] knownOrder) {

    public Split {
        if (train.numUsers() != test.numUsers() || validation.numUsers() != test.numUsers()
                || train.numItems() != test.numItems() || validation.numItems() != test.numItems()
                || negatives.length != test.numUsers() || knownOrder.length != test.numUsers()) {
            throw new IllegalArgumentException("split parts disagree in shape");
        }
        for (int u = 0; u < knownOrder.length; u++) {
            if (knownOrder[u].length != train.countOf(u) + validation.countOf(u)) {
                throw new IllegalArgumentException("user " + u + ": the time order holds " + knownOrder[u].length
                        + " items, train and validation " + (train.countOf(u) + validation.countOf(u)));
            }
        }
    }

    /** Per user, the train items in time order (the known order without the validation part). */
    public int[][] trainOrder() {
        return prefixes(knownOrder, train);
    }

    /** The first {@code part.countOf(u)} items of each user's order: the oldest, which is what a time split puts first. */
    static int[][] prefixes(int[][] order, Interactions part) {
        int[][] out = new int[order.length][];
        for (int u = 0; u < order.length; u++) {
            out[u] = Arrays.copyOf(order[u], part.countOf(u));
        }
        return out;
    }

    /** Number of users (dense indices 0..numUsers-1). */
    public int numUsers() {
        return test.numUsers();
    }

    /** Number of catalog items (dense indices 0..numItems-1). */
    public int numItems() {
        return test.numItems();
    }

    /** The history a model may know at test time: train plus validation. */
    public Interactions known() {
        return union(train, validation);
    }

    /** The sampled negatives of a user (a copy; empty when none). */
    public int[] negativesOf(int user) {
        return negatives[user].clone();
    }

    /** Every (user, item) of {@code a} or {@code b}; both must share shape. */
    public static Interactions union(Interactions a, Interactions b) {
        if (a.numUsers() != b.numUsers() || a.numItems() != b.numItems()) {
            throw new IllegalArgumentException("cannot merge interactions of different shape");
        }
        int n = a.size() + b.size();
        int[] users = new int[n];
        int[] items = new int[n];
        int k = 0;
        for (Interactions part : new Interactions[] {a, b}) {
            for (int u = 0; u < part.numUsers(); u++) {
                for (int item : part.itemsOf(u)) {
                    users[k] = u;
                    items[k++] = item;
                }
            }
        }
        return Interactions.of(a.numUsers(), a.numItems(), users, items);
    }

    /** Items per user as a transposed matrix: row i holds the users of item i. */
    static Interactions transpose(Interactions m) {
        int[] rows = new int[m.size()];
        int[] cols = new int[m.size()];
        int k = 0;
        for (int u = 0; u < m.numUsers(); u++) {
            for (int item : m.itemsOf(u)) {
                rows[k] = item;
                cols[k++] = u;
            }
        }
        return Interactions.of(m.numItems(), m.numUsers(), rows, cols);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Split s && sameEntries(s.train, train) && sameEntries(s.validation, validation)
                && sameEntries(s.test, test) && Arrays.deepEquals(s.negatives, negatives)
                && Arrays.deepEquals(s.knownOrder, knownOrder);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(negatives) * 31 + train.size() * 7 + test.size();
    }

    private static boolean sameEntries(Interactions a, Interactions b) {
        if (a.numUsers() != b.numUsers() || a.numItems() != b.numItems() || a.size() != b.size()) {
            return false;
        }
        for (int u = 0; u < a.numUsers(); u++) {
            if (!Arrays.equals(a.itemsOf(u), b.itemsOf(u))) {
                return false;
            }
        }
        return true;
    }
}
