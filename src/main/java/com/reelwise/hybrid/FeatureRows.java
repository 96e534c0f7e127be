package com.reelwise.hybrid;

import com.reelwise.catalog.Movie;
import com.reelwise.recommend.EmbeddingMatrix;
import com.reelwise.recommend.SimilarityRows;
import java.util.Arrays;
import java.util.List;

/**
 * Computes the {@link HybridFeature} row of each candidate film from one person's {@link Signals}.
 * Row-major, {@link HybridFeature#COUNT} columns, NaN where a value is missing (the ranker learns a
 * direction for missing values).
 */
final class FeatureRows {

    /** How many of the latest liked films make up "recent". */
    static final int RECENT = 3;

    private final HybridSources sources;

    FeatureRows(HybridSources sources) {
        this.sources = sources;
    }

    float[] of(Signals s, int[] positions) {
        int width = HybridFeature.COUNT;
        float[] rows = new float[positions.length * width];
        EmbeddingMatrix embeddings = sources.content().embeddings();
        float profileSize = (float) Math.log(Math.max(1, s.profile().liked().size()));
        CreditMatch credits = s.credits();
        // The picks' similarity rows, when cached, hold the very cosines similarity() would sum again per film.
        SimilarityRows cache = sources.content().similarityRows();
        List<float[]> likedRows = cache.ifCached(Arrays.stream(s.liked()).boxed().toList());
        List<float[]> dislikedRows = cache.ifCached(Arrays.stream(s.disliked()).boxed().toList());
        for (int r = 0; r < positions.length; r++) {
            int p = positions[r];
            int o = r * width;
            Movie movie = sources.catalog().movieAt(p);
            rows[o + HybridFeature.NCF_LOGIT.ordinal()] = s.ncf() == null ? Float.NaN : s.ncf()[p];
            rows[o + HybridFeature.NCF_Z.ordinal()] = s.ncf() == null ? Float.NaN : s.ncfStats().z(s.ncf()[p]);
            rows[o + HybridFeature.NEXT_LOGIT.ordinal()] = s.next() == null ? Float.NaN : s.next()[p];
            rows[o + HybridFeature.NEXT_Z.ordinal()] = s.next() == null ? Float.NaN : s.nextStats().z(s.next()[p]);
            rows[o + HybridFeature.TASTE_LOGIT.ordinal()] = s.taste() == null ? Float.NaN : s.taste()[p];
            rows[o + HybridFeature.TASTE_Z.ordinal()] = s.taste() == null ? Float.NaN : s.tasteStats().z(s.taste()[p]);
            float[] ncfVector = s.ncfSource() == null ? null : s.ncfSource().itemVector(p);
            float[] nextVector = s.nextSource() == null ? null : s.nextSource().itemVector(p);
            rows[o + HybridFeature.NCF_ITEM_MAX.ordinal()] = nearest(ncfVector, s.likedAll(), s.ncfSource() == null ? null : s.ncfSource()::itemVector, false);
            rows[o + HybridFeature.NCF_ITEM_RECENT.ordinal()] = nearest(ncfVector, s.likedAll(), s.ncfSource() == null ? null : s.ncfSource()::itemVector, true);
            rows[o + HybridFeature.NEXT_ITEM_RECENT.ordinal()] = nearest(nextVector, s.likedAll(), s.nextSource() == null ? null : s.nextSource()::itemVector, true);
            boolean embedded = embeddings.has(p);
            rows[o + HybridFeature.CONTENT_MEAN.ordinal()] = s.content() == null || !embedded ? Float.NaN : s.content()[p];
            float max = Float.NaN;
            float recent = 0;
            int recentCount = 0;
            if (embedded) {
                int[] liked = s.liked();
                for (int k = 0; k < liked.length; k++) {
                    float sim = likedRows == null ? embeddings.similarity(liked[k], p) : likedRows.get(k)[p];
                    max = Float.isNaN(max) || sim > max ? sim : max;
                    if (k >= liked.length - RECENT) {
                        recent += sim;
                        recentCount++;
                    }
                }
            }
            rows[o + HybridFeature.CONTENT_MAX.ordinal()] = max;
            rows[o + HybridFeature.CONTENT_RECENT.ordinal()] = recentCount == 0 ? Float.NaN : recent / recentCount;
            float disliked = Float.NaN;
            if (embedded) {
                int[] dislikedFilms = s.disliked();
                for (int k = 0; k < dislikedFilms.length; k++) {
                    float sim = dislikedRows == null ? embeddings.similarity(dislikedFilms[k], p) : dislikedRows.get(k)[p];
                    disliked = Float.isNaN(disliked) || sim > disliked ? sim : disliked;
                }
            }
            rows[o + HybridFeature.DISLIKED_MAX.ordinal()] = disliked;
            rows[o + HybridFeature.GENRE_MATCH.ordinal()] = s.genreMatch(sources.genres(p));
            rows[o + HybridFeature.DIRECTOR_MATCH.ordinal()] = credits.director(sources.director(p));
            rows[o + HybridFeature.CAST_MATCH.ordinal()] = credits.cast(sources.leadCast(p));
            int year = sources.year(p);
            boolean dated = year != Integer.MIN_VALUE;
            rows[o + HybridFeature.YEAR_GAP.ordinal()] = dated && !Double.isNaN(s.medianYear()) ? (float) (year - s.medianYear()) : Float.NaN;
            rows[o + HybridFeature.MOOD_SIM.ordinal()] = s.mood() == null ? Float.NaN : s.mood()[p];
            rows[o + HybridFeature.LOG_RATINGS.ordinal()] = (float) Math.log1p(movie.ratingCount());
            rows[o + HybridFeature.MEAN_RATING.ordinal()] = movie.meanRating() == null ? Float.NaN : movie.meanRating().floatValue();
            rows[o + HybridFeature.LOG_TMDB_VOTES.ordinal()] = (float) Math.log1p(movie.tmdbVotes());
            rows[o + HybridFeature.YEAR.ordinal()] = dated ? year : Float.NaN;
            rows[o + HybridFeature.PROFILE_SIZE.ordinal()] = profileSize;
        }
        return rows;
    }

    /**
     * The largest cosine between {@code candidate} and the liked films' vectors ({@code recent}: the mean over
     * the {@value #RECENT} latest liked films that have one); NaN without vectors.
     */
    private static float nearest(float[] candidate, int[] liked, java.util.function.IntFunction<float[]> vectors, boolean recent) {
        if (candidate == null || vectors == null) {
            return Float.NaN;
        }
        float best = Float.NaN;
        float sum = 0;
        int n = 0;
        for (int k = liked.length - 1; k >= 0; k--) {
            float[] v = vectors.apply(liked[k]);
            if (v == null) {
                continue;
            }
            float dot = 0;
            for (int d = 0; d < v.length; d++) {
                dot += v[d] * candidate[d];
            }
            if (recent) {
                sum += dot;
                if (++n == RECENT) {
                    break;
                }
            } else {
                best = Float.isNaN(best) || dot > best ? dot : best;
            }
        }
        return recent ? (n == 0 ? Float.NaN : sum / n) : best;
    }
}
