package com.reelwise.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * How data is split and scored; written beside every result so a number can always be traced
 * back to the exact protocol.
 *
 * @param name               "loo-99neg", "full-ranking" or "cold-start"; "full-ranking-released" and
 *                           "cold-start-released" rank only films released by the year of the person's latest
 *                           rating asked about ({@link ReleaseHorizon})
 * @param negatives          sampled negatives per test item (loo-99neg only; 0 for full-ranking)
 * @param testFraction       share of each user's interactions, latest by time, held out as test
 *                           (full-ranking; loo-99neg always holds out exactly one)
 * @param validationFraction share of each user's remaining train interactions held out as validation
 *                           (full-ranking; loo-99neg always holds out exactly one)
 * @param minInteractions    users with fewer positive interactions stay entirely in train and are not evaluated
 * @param ratingThreshold    ratings at or above become positives; 0 makes every rating a positive
 * @param cutoffs            ranking cutoffs reported, ascending; the largest is also the MAP,
 *                           coverage and popularity cutoff
 * @param seed               seed of negative sampling (and of every model built by the runner)
 *
 * <p>For "cold-start" ({@link ColdStartEvaluation}) the fields read: {@code testFraction} = share of
 * the movies with at least {@code minInteractions} ratings that are held out of all training,
 * {@code ratingThreshold} = rating at or above which a user liked a held-out movie (the relevant
 * items), {@code cutoffs} = Recall/NDCG cutoffs, {@code seed} = which movies are held out;
 * {@code validationFraction} is unused.
 */
public record Protocol(String name, int negatives, double testFraction, double validationFraction,
                       int minInteractions, float ratingThreshold, int[] cutoffs, long seed) {

    public static final String LOO_99NEG = "loo-99neg";
    public static final String FULL_RANKING = "full-ranking";
    public static final String COLD_START = "cold-start";
    private static final String RELEASED = "-released";
    public static final String FULL_RANKING_RELEASED = FULL_RANKING + RELEASED;
    public static final String COLD_START_RELEASED = COLD_START + RELEASED;
    private static final java.util.List<String> NAMES = java.util.List.of(LOO_99NEG, FULL_RANKING, COLD_START,
            FULL_RANKING_RELEASED, COLD_START_RELEASED);

    public Protocol {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("Unknown protocol " + name + "; expected one of " + String.join(", ", NAMES));
        }
        // Three positives leave at least one for each of train, validation and test.
        if (minInteractions < 3) {
            throw new IllegalArgumentException("minInteractions must be at least 3, was " + minInteractions);
        }
        if (testFraction <= 0 || testFraction >= 0.5 || validationFraction <= 0 || validationFraction >= 0.5) {
            throw new IllegalArgumentException("fractions must lie in (0, 0.5)");
        }
        cutoffs = cutoffs.clone();
    }

    /** He et al. 2017: latest interaction per user is test, ranked among 99 sampled unseen items; HR@10, NDCG@10. */
    public static Protocol loo99neg(long seed) {
        return new Protocol(LOO_99NEG, 99, 0.2, 0.2, 3, 0f, new int[] {10}, seed);
    }

    /** Latest 20% per user is test, ranked against every item not seen in train; cutoffs 10 and 20. */
    public static Protocol fullRanking(long seed) {
        return new Protocol(FULL_RANKING, 0, 0.2, 0.2, 3, 0f, new int[] {10, 20}, seed);
    }

    /**
     * 10% of the movies with at least 5 ratings are held out of all training; users who rated one
     * of them 4 or more are scored on ranking all held-out movies; Recall@10 and NDCG@10.
     */
    public static Protocol coldStart(long seed) {
        return new Protocol(COLD_START, 0, 0.1, 0.2, 5, 4f, new int[] {10}, seed);
    }

    /** True for cold-start (either candidate set): whole movies, not interactions, are held out. */
    public boolean coldStart() {
        return name.equals(COLD_START) || name.equals(COLD_START_RELEASED);
    }

    /** True when only films released by the year of each person's latest rating asked about are ranked. */
    public boolean releasedOnly() {
        return name.endsWith(RELEASED);
    }

    /** Full ranking with only films released by the year of each person's latest test rating as candidates. */
    public static Protocol fullRankingReleased(long seed) {
        return fullRanking(seed).renamed(FULL_RANKING_RELEASED);
    }

    /** Cold start with only the held-out films released by the year of each person's latest rating as candidates. */
    public static Protocol coldStartReleased(long seed) {
        return coldStart(seed).renamed(COLD_START_RELEASED);
    }

    /** The same settings under another name: a released variant splits and scores as its parent does. */
    private Protocol renamed(String other) {
        return new Protocol(other, negatives, testFraction, validationFraction, minInteractions, ratingThreshold, cutoffs, seed);
    }

    /** The default configuration of a protocol by its name. */
    public static Protocol named(String name, long seed) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case LOO_99NEG -> loo99neg(seed);
            case FULL_RANKING -> fullRanking(seed);
            case COLD_START -> coldStart(seed);
            case FULL_RANKING_RELEASED -> fullRankingReleased(seed);
            case COLD_START_RELEASED -> coldStartReleased(seed);
            default -> throw new IllegalArgumentException("Unknown protocol " + name + "; expected one of " + String.join(", ", NAMES));
        };
    }

    /** The same protocol with another positive threshold (0: every rating is a positive). */
    public Protocol withRatingThreshold(float threshold) {
        return new Protocol(name, negatives, testFraction, validationFraction, minInteractions, threshold, cutoffs, seed);
    }

    /** True for loo-99neg: one test and one validation item per user, ranked against sampled negatives. */
    public boolean leaveOneOut() {
        return name.equals(LOO_99NEG);
    }

    /** The ranking cutoffs, ascending (a copy). */
    @Override
    public int[] cutoffs() {
        return cutoffs.clone();
    }

    /** The largest cutoff: list length for MAP, coverage and popularity. */
    public int maxCutoff() {
        return cutoffs[cutoffs.length - 1];
    }

    // Records compare arrays by identity; value semantics matter for "same seed, same split".
    @Override
    public boolean equals(Object o) {
        return o instanceof Protocol p && p.name.equals(name) && p.negatives == negatives
                && p.testFraction == testFraction && p.validationFraction == validationFraction
                && p.minInteractions == minInteractions && p.ratingThreshold == ratingThreshold
                && Arrays.equals(p.cutoffs, cutoffs) && p.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, negatives, testFraction, validationFraction, minInteractions,
                ratingThreshold, Arrays.hashCode(cutoffs), seed);
    }

    @Override
    public String toString() {
        return "Protocol[" + name + ", negatives=" + negatives + ", testFraction=" + testFraction
                + ", validationFraction=" + validationFraction + ", minInteractions=" + minInteractions
                + ", ratingThreshold=" + ratingThreshold + ", cutoffs=" + Arrays.toString(cutoffs)
                + ", seed=" + seed + "]";
    }
}
