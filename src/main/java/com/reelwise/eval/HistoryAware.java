package com.reelwise.eval;

/**
 * A {@link RankingModel} that reads each user's history in time order (a sequential model, or a served
 * recommender whose profile is the person's films in the order they came). The runner hands it the order
 * before {@code fit}.
 */
public interface HistoryAware {

    /**
     * @param knownOrder per user, the items {@code scores} may treat as the user's history (train, then
     *                   validation), oldest first; the first {@code train.countOf(u)} are the train part
     */
    void useHistories(int[][] knownOrder);
}
