package com.reelwise.ratings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Each user's films in the order they came: timestamp ascending, ties by item index (MovieLens has many
 * same-second ratings); a film rated twice keeps its latest time. The one definition every time split,
 * sequence and profile uses.
 */
public final class TimeOrder {

    private TimeOrder() {
    }

    /** Per user index, the dense item indices of ratings at or above {@code threshold}, oldest first. */
    public static int[][] of(Ratings ratings, float threshold) {
        int n = 0;
        for (int i = 0; i < ratings.size(); i++) {
            n += ratings.value(i) >= threshold ? 1 : 0;
        }
        int[] users = new int[n];
        int[] items = new int[n];
        long[] times = new long[n];
        for (int i = 0, k = 0; i < ratings.size(); i++) {
            if (ratings.value(i) >= threshold) {
                users[k] = ratings.userIndex(i);
                items[k] = ratings.movieIndex(i);
                times[k++] = ratings.timestamp(i);
            }
        }
        return byUser(ratings.users().size(), users, items, times);
    }

    /** Per user, the distinct items of parallel (user, item, time) arrays, oldest first. */
    public static int[][] byUser(int numUsers, int[] users, int[] items, long[] times) {
        List<List<Integer>> rows = new ArrayList<>(numUsers);
        for (int u = 0; u < numUsers; u++) {
            rows.add(new ArrayList<>());
        }
        for (int i = 0; i < users.length; i++) {
            rows.get(users[i]).add(i);
        }
        Comparator<Integer> order = Comparator.<Integer>comparingLong(i -> times[i]).thenComparingInt(i -> items[i]);
        int[][] histories = new int[numUsers][];
        for (int u = 0; u < numUsers; u++) {
            List<Integer> row = rows.get(u);
            row.sort(order);
            int[] kept = new int[row.size()];
            int size = 0;
            Set<Integer> seen = new HashSet<>();
            // Walk latest first so a repeated item keeps its latest time.
            for (int k = row.size() - 1; k >= 0; k--) {
                int item = items[row.get(k)];
                if (seen.add(item)) {
                    kept[size++] = item;
                }
            }
            int[] history = new int[size];
            for (int k = 0; k < size; k++) {
                history[k] = kept[size - 1 - k];
            }
            histories[u] = history;
        }
        return histories;
    }
}
