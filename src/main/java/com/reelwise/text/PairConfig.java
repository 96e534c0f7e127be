package com.reelwise.text;

/**
 * How many and which fine-tuning pairs {@link PairSampler} draws.
 *
 * @param maxPairs      cap on all pairs (CPU budget: each pair costs two encoder passes per epoch)
 * @param queryShare    share of the cap given to (query, movie) pairs; the rest are co-liked (movie, movie) pairs
 * @param likedRating   a rating at or above means the user liked the movie
 * @param seed          sampling seed
 */
public record PairConfig(int maxPairs, double queryShare, float likedRating, long seed) {

    /** 6,000 pairs, half query and half co-liked, liked = rating 4 or more, seed 42. */
    public static PairConfig defaults() {
        return new PairConfig(6_000, 0.5, 4f, 42L);
    }

    public PairConfig {
        if (maxPairs < 2 || queryShare < 0 || queryShare > 1) {
            throw new IllegalArgumentException("invalid pair config: " + maxPairs + " pairs, query share " + queryShare);
        }
    }

    /** A copy with another cap. */
    public PairConfig withMaxPairs(int cap) {
        return new PairConfig(cap, queryShare, likedRating, seed);
    }

    /** A copy with another seed. */
    public PairConfig withSeed(long newSeed) {
        return new PairConfig(maxPairs, queryShare, likedRating, newSeed);
    }
}
