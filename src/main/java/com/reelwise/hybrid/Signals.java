package com.reelwise.hybrid;

import com.reelwise.recommend.Profile;
import java.util.List;

/**
 * Every source's scores for one person, by catalog position, as the hybrid's candidates and features read
 * them. A source that cannot speak for this person is null, with a note that says why.
 *
 * @param profile       the person
 * @param ncf           NeuMF logits after fold-in (NaN: a film NeuMF never saw), or null
 * @param next          the sequential model's next-film logits, or null
 * @param taste         the taste autoencoder's logits, or null
 * @param content       content profile scores without the mood, or null
 * @param mood          similarity to the mood sentence, or null without one
 * @param popularity    log popularity (ratings here, TMDB votes for unrated films), never null
 * @param ncfStats      mean and spread of {@code ncf} over the reference films (null with {@code ncf})
 * @param nextStats     likewise for {@code next}
 * @param tasteStats    likewise for {@code taste}
 * @param contentStats  likewise for {@code content}
 * @param liked         catalog positions of the liked films with a text embedding, in the order given
 * @param likedAll      catalog positions of every liked film in the catalog, in the order given
 * @param credits       how often each director and lead actor appears among {@code likedAll}
 * @param ncfSource     the NeuMF method that spoke (its film vectors), or null
 * @param nextSource    the sequential method that spoke (its film vectors), or null
 * @param disliked      catalog positions of the disliked films with a text embedding
 * @param genreShare    per genre index, the share of liked films with that genre
 * @param medianYear    median year of the liked films, NaN when none has one
 * @param notes         sentences about sources that could not speak (shown with every explanation)
 */
record Signals(Profile profile, float[] ncf, float[] next, float[] taste, float[] content, float[] mood, float[] popularity,
               Stats ncfStats, Stats nextStats, Stats tasteStats, Stats contentStats, int[] liked, int[] likedAll, CreditMatch credits, int[] disliked,
               double[] genreShare, double medianYear, com.reelwise.recommend.NcfRecommender ncfSource,
               com.reelwise.recommend.HistorySource nextSource, List<String> notes, ContentQueries indexed) {

    /**
     * The query vectors behind content and mood scores that came from the HNSW index (NaN outside its films and the
     * reference films), so the pool's other films can be scored exactly; null when every film was scored.
     */
    record ContentQueries(float[] text, float[] mood) {
    }

    /** Share of the liked films that share a genre with a film of these genres, averaged over them; NaN without genres. */
    float genreMatch(int[] genres) {
        if (genres.length == 0) {
            return Float.NaN;
        }
        double sum = 0;
        for (int g : genres) {
            sum += genreShare[g];
        }
        return (float) (sum / genres.length);
    }

    /** Mean and standard deviation of a score over the reference films. */
    record Stats(double mean, double sd) {

        float z(float value) {
            return Float.isNaN(value) ? Float.NaN : (float) ((value - mean) / sd);
        }

        static Stats over(float[] scores, int[] reference) {
            double sum = 0;
            double sumSq = 0;
            int n = 0;
            for (int p : reference) {
                float v = scores[p];
                if (!Float.isNaN(v)) {
                    sum += v;
                    sumSq += (double) v * v;
                    n++;
                }
            }
            if (n < 2) {
                return new Stats(0, 1);
            }
            double mean = sum / n;
            double sd = Math.sqrt(Math.max(sumSq / n - mean * mean, 0));
            return new Stats(mean, sd > 1e-9 ? sd : 1);
        }
    }
}
