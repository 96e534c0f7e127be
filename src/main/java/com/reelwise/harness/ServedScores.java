package com.reelwise.harness;

import com.reelwise.problems.InvalidInputException;
import com.reelwise.recommend.ClusterMode;
import com.reelwise.recommend.Filters;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.Recommender;
import java.util.Arrays;
import java.util.List;

/**
 * How the harness asks a served recommender about a test person: their known films, in time order, become
 * the liked films of a {@link Profile}; the method's own {@link Recommender#score} (what its list is cut from)
 * gives every film's score, read back in the harness's item order. A method that cannot answer (too few known
 * films) scores nothing (NaN), which ranks last.
 */
final class ServedScores {

    /** The list size asked for; scores do not depend on it. */
    static final int COUNT = 20;

    private ServedScores() {
    }

    /** The request the API would build for this profile with default settings. */
    static RecommendationRequest request(Recommender recommender, List<Integer> likedInOrder) {
        return request(recommender, likedInOrder, RecommendationRequest.DEFAULT_ALPHA);
    }

    /** As {@link #request(Recommender, List)} with the balance slider at {@code alpha}. */
    static RecommendationRequest request(Recommender recommender, List<Integer> likedInOrder, double alpha) {
        return new RecommendationRequest(Profile.liking(likedInOrder), recommender.method(), Filters.NONE, COUNT,
                alpha, 0, ClusterMode.MORE_OF_MINE);
    }

    /** Writes every item's score into {@code out} ({@code positionOfItem[i]}: item i's catalog position, or -1). */
    static void of(Recommender recommender, List<Integer> likedInOrder, int[] positionOfItem, float[] out) {
        of(recommender, likedInOrder, RecommendationRequest.DEFAULT_ALPHA, positionOfItem, out);
    }

    /** As {@link #of(Recommender, List, int[], float[])} with the balance slider at {@code alpha}. */
    static void of(Recommender recommender, List<Integer> likedInOrder, double alpha, int[] positionOfItem, float[] out) {
        float[] scores;
        try {
            scores = recommender.score(request(recommender, likedInOrder, alpha)).scores();
        } catch (InvalidInputException cannot) {
            Arrays.fill(out, Float.NaN);
            return;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = positionOfItem[i] < 0 ? Float.NaN : scores[positionOfItem[i]];
        }
    }
}
