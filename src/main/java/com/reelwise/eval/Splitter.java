package com.reelwise.eval;

import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.TimeOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Splits ratings by time according to a {@link Protocol}. Per user, positives are ordered by
 * timestamp, ties by item index; a repeated (user, item) keeps only its latest time. The latest
 * positives are test, the latest of the rest validation, the remainder train. Users with fewer
 * than {@code minInteractions} positives stay entirely in train and are not evaluated.
 */
final class Splitter {

    private Splitter() {
    }

    /** Splits a MovieLens ratings table; items any rating touched are never sampled as negatives. */
    static Split split(Ratings ratings, Protocol protocol) {
        int n = ratings.size();
        int numUsers = ratings.users().size();
        int numItems = ratings.movies().size();
        List<Integer> positives = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (ratings.value(i) >= protocol.ratingThreshold()) {
                positives.add(i);
            }
        }
        int[] users = new int[positives.size()];
        int[] items = new int[positives.size()];
        long[] times = new long[positives.size()];
        for (int k = 0; k < positives.size(); k++) {
            int row = positives.get(k);
            users[k] = ratings.userIndex(row);
            items[k] = ratings.movieIndex(row);
            times[k] = ratings.timestamp(row);
        }
        int[] allUsers = new int[n];
        int[] allItems = new int[n];
        for (int i = 0; i < n; i++) {
            allUsers[i] = ratings.userIndex(i);
            allItems[i] = ratings.movieIndex(i);
        }
        Interactions everything = Interactions.of(numUsers, numItems, allUsers, allItems);
        return split(byUserInTimeOrder(numUsers, users, items, times), numItems, everything, protocol);
    }

    /** Splits per-user histories (each in time order, oldest first) into train, validation and test. */
    static Split split(int[][] histories, int numItems, Interactions everything, Protocol protocol) {
        int numUsers = histories.length;
        Builder train = new Builder();
        Builder validation = new Builder();
        Builder test = new Builder();
        int[][] knownOrder = new int[numUsers][];
        for (int u = 0; u < numUsers; u++) {
            int[] h = histories[u];
            if (h.length < protocol.minInteractions()) {
                train.addAll(u, h, 0, h.length);
                knownOrder[u] = h.clone();
                continue;
            }
            int nTest = protocol.leaveOneOut() ? 1 : Math.max(1, (int) Math.round(protocol.testFraction() * h.length));
            int rest = h.length - nTest;
            int nVal = holdout(rest, protocol);
            train.addAll(u, h, 0, rest - nVal);
            validation.addAll(u, h, rest - nVal, rest);
            test.addAll(u, h, rest, h.length);
            knownOrder[u] = Arrays.copyOf(h, rest);
        }
        Interactions testPart = test.build(numUsers, numItems);
        int[][] negatives = protocol.leaveOneOut()
                ? sampleNegatives(testPart, everything, protocol.negatives(), protocol.seed())
                : emptyNegatives(numUsers);
        return new Split(train.build(numUsers, numItems), validation.build(numUsers, numItems), testPart, negatives, knownOrder);
    }

    /** How many of {@code trainSize} time-ordered train interactions become validation (always leaves one). */
    static int holdout(int trainSize, Protocol protocol) {
        if (trainSize < 2) {
            return 0;
        }
        int n = protocol.leaveOneOut() ? 1 : Math.max(1, (int) Math.round(protocol.validationFraction() * trainSize));
        return Math.min(n, trainSize - 1);
    }

    /** Per user, the distinct items in time order ({@link TimeOrder}, the one definition). */
    static int[][] byUserInTimeOrder(int numUsers, int[] users, int[] items, long[] times) {
        return TimeOrder.byUser(numUsers, users, items, times);
    }

    /**
     * For each user with a test item, {@code count} distinct items drawn uniformly from those the
     * user never interacted with in {@code everything}. Each user draws from its own stream
     * derived from {@code seed}, so the result does not depend on user order or threads.
     */
    static int[][] sampleNegatives(Interactions test, Interactions everything, int count, long seed) {
        int numItems = test.numItems();
        int[][] negatives = new int[test.numUsers()][];
        for (int u = 0; u < test.numUsers(); u++) {
            if (test.countOf(u) == 0) {
                negatives[u] = new int[0];
                continue;
            }
            int available = numItems - everything.countOf(u);
            if (available < count) {
                throw new IllegalStateException("user " + u + " has only " + available + " unseen items, needs " + count);
            }
            SplittableRandom random = new SplittableRandom(streamSeed(seed, u));
            int[] drawn = new int[count];
            int size = 0;
            while (size < count) {
                int item = random.nextInt(numItems);
                if (!everything.contains(u, item) && !test.contains(u, item) && !contains(drawn, size, item)) {
                    drawn[size++] = item;
                }
            }
            Arrays.sort(drawn);
            negatives[u] = drawn;
        }
        return negatives;
    }

    /**
     * A well-mixed seed per (seed, user). SplittableRandom advances its state by a fixed gamma, so
     * seeds that differ by a multiple of it (as seed * gamma + user would) yield shifted copies
     * of one stream; hashing both keeps the streams apart.
     */
    static long streamSeed(long seed, long user) {
        return mix64(mix64(seed) + user);
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static int[][] emptyNegatives(int numUsers) {
        int[][] none = new int[numUsers][];
        Arrays.fill(none, new int[0]);
        return none;
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** Collects (user, item) pairs for one part. */
    private static final class Builder {
        private int[] users = new int[1024];
        private int[] items = new int[1024];
        private int size;

        void addAll(int user, int[] history, int from, int to) {
            for (int k = from; k < to; k++) {
                if (size == users.length) {
                    users = Arrays.copyOf(users, size * 2);
                    items = Arrays.copyOf(items, size * 2);
                }
                users[size] = user;
                items[size++] = history[k];
            }
        }

        Interactions build(int numUsers, int numItems) {
            return Interactions.of(numUsers, numItems, Arrays.copyOf(users, size), Arrays.copyOf(items, size));
        }
    }
}
