package com.reelwise.recommend;

import java.util.function.IntFunction;

/**
 * Every catalog movie scored for one request, by catalog position, exactly as the method ranks
 * them: what a list is cut from and what an explanation reads. NaN marks a movie the method cannot
 * score. {@code parts} splits one movie's score by kind of evidence, computed when asked (the hybrid's
 * split runs the ranker's exact attribution, which costs more than the score).
 *
 * @param scores the score the list is ordered by
 * @param parts  the split of the score at a position (never called for NaN scores)
 * @param note   a sentence that applies to every movie of this request (e.g. a part was unavailable), or null
 */
public record ScoreTable(float[] scores, IntFunction<ScoreParts> parts, String note) {

    public boolean canScore(int position) {
        return !Float.isNaN(scores[position]);
    }

    /** The split at a position, or null where the movie cannot be scored. */
    public ScoreParts partsAt(int position) {
        return canScore(position) ? parts.apply(position) : null;
    }

    public Double cfAt(int position) {
        ScoreParts p = partsAt(position);
        return p == null ? null : p.collaborative();
    }

    public Double contentAt(int position) {
        ScoreParts p = partsAt(position);
        return p == null ? null : p.content();
    }

    /** A single-model method's table: its score is its one part (or neither, for popularity). */
    public static ScoreTable single(float[] scores, boolean collaborative, boolean content) {
        return new ScoreTable(scores, p -> ScoreParts.single(scores[p], collaborative, content), null);
    }
}
