package com.reelwise.recommend;

/**
 * Every catalog movie scored for one request, by catalog position, exactly as the method ranks
 * them: what a list is cut from and what an explanation reads. NaN marks a movie the method cannot
 * score. A blend keeps its two parts (each already weighted, so {@code cf + content = score});
 * a single-model method fills only its own part, and popularity neither.
 *
 * @param scores  the score the list is ordered by
 * @param cf      collaborative part by position, or null when the method has none
 * @param content content part by position, or null when the method has none
 * @param note    a sentence that applies to every movie of this request (e.g. a part was unavailable), or null
 */
public record ScoreTable(float[] scores, double[] cf, double[] content, String note) {

    public boolean canScore(int position) {
        return !Float.isNaN(scores[position]);
    }

    public Double cfAt(int position) {
        return part(cf, position);
    }

    public Double contentAt(int position) {
        return part(content, position);
    }

    /** A single-model method's table: its score is its one part (or neither, for popularity). */
    public static ScoreTable single(float[] scores, boolean collaborative, boolean content) {
        double[] part = collaborative || content ? widen(scores) : null;
        return new ScoreTable(scores, collaborative ? part : null, content ? part : null, null);
    }

    private static double[] widen(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static Double part(double[] values, int position) {
        return values == null || Double.isNaN(values[position]) ? null : values[position];
    }
}
