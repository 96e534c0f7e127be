package com.reelwise.ncf;

import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.Ratings;
import java.util.Arrays;

/** Holdout for NeuMF's own epoch selection: each user's latest positive (by timestamp) is validation, the rest train. */
final class LeaveLatestOut {

    record Split(Interactions train, Interactions validation) {
    }

    private LeaveLatestOut() {
    }

    /** Users with a single positive keep it in train. Ties in time go to the later row. */
    static Split split(Ratings ratings, float threshold) {
        int numUsers = ratings.users().size();
        int[] latest = new int[numUsers];
        int[] count = new int[numUsers];
        Arrays.fill(latest, -1);
        for (int r = 0; r < ratings.size(); r++) {
            if (ratings.value(r) < threshold) {
                continue;
            }
            int u = ratings.userIndex(r);
            count[u]++;
            if (latest[u] < 0 || ratings.timestamp(r) >= ratings.timestamp(latest[u])) {
                latest[u] = r;
            }
        }
        int trainSize = 0;
        int validationSize = 0;
        for (int r = 0; r < ratings.size(); r++) {
            if (ratings.value(r) >= threshold) {
                if (isValidation(r, ratings.userIndex(r), latest, count)) {
                    validationSize++;
                } else {
                    trainSize++;
                }
            }
        }
        int[] tu = new int[trainSize];
        int[] ti = new int[trainSize];
        int[] vu = new int[validationSize];
        int[] vi = new int[validationSize];
        int t = 0;
        int v = 0;
        for (int r = 0; r < ratings.size(); r++) {
            if (ratings.value(r) < threshold) {
                continue;
            }
            int u = ratings.userIndex(r);
            if (isValidation(r, u, latest, count)) {
                vu[v] = u;
                vi[v++] = ratings.movieIndex(r);
            } else {
                tu[t] = u;
                ti[t++] = ratings.movieIndex(r);
            }
        }
        int numItems = ratings.movies().size();
        return new Split(Interactions.of(numUsers, numItems, tu, ti), Interactions.of(numUsers, numItems, vu, vi));
    }

    private static boolean isValidation(int row, int user, int[] latest, int[] count) {
        return latest[user] == row && count[user] > 1;
    }
}
