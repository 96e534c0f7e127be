package com.reelwise.recommend;

/**
 * A score split by kind of evidence, each part on the score's own scale; null where the method has no such
 * evidence. For the learned hybrid the parts are the ranker's exact per-feature contributions summed by
 * group, plus the shift the person's controls (balance, discovery) added; they sum to the score.
 *
 * @param collaborative what people's ratings and viewing orders say
 * @param content       what the films' descriptions say
 * @param popularity    how well known and well rated the film is
 * @param mood          what the mood sentence says
 * @param base          what every film gets (the ranker's bias, profile size) and the controls' shift
 */
public record ScoreParts(Double collaborative, Double content, Double popularity, Double mood, Double base) {

    /** A single-model method: its score is all collaborative or all content. */
    public static ScoreParts single(double score, boolean collaborative, boolean content) {
        return new ScoreParts(collaborative ? score : null, content ? score : null, null, null, null);
    }

    /** Shares of the evidence parts by absolute size, in percent, rounded: {collaborative, content, popularity, mood}. */
    public long[] percentages() {
        double[] parts = {abs(collaborative), abs(content), abs(popularity), abs(mood)};
        double total = parts[0] + parts[1] + parts[2] + parts[3];
        long[] out = new long[4];
        for (int i = 0; i < 4; i++) {
            out[i] = total == 0 ? 0 : Math.round(100 * parts[i] / total);
        }
        return out;
    }

    private static double abs(Double v) {
        return v == null ? 0 : Math.abs(v);
    }
}
