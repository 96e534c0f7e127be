package com.reelwise.recommend;

import com.reelwise.catalog.Movie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Blends collaborative (NeuMF fold-in, as logits: the sigmoid piles almost every movie near 0, so
 * z-scores of probabilities would give the few top CF movies values of 7 or more and swamp the
 * content side; logits are close to normal) and content scores. Both are z-scored over the
 * movies they can score, so α in [0, 1] means the same for everyone. A movie's collaborative weight is
 * α · n / (n + {@value #CONFIDENCE_RATINGS}) for n MovieLens ratings: a CF score built from a handful
 * of ratings is unreliable, so such movies lean on content, and unrated (cold-start) movies are
 * scored by content alone. While the CF model is not ready, the blend is content only and says so.
 */
public final class HybridRecommender implements Recommender {

    /** Ratings at which a movie's CF score gets half of α. */
    static final double CONFIDENCE_RATINGS = 10;

    private final ContentRecommender content;
    private final Supplier<NcfRecommender> ncf;
    private final CandidateRanker ranker;

    /**
     * @param ncf the CF recommender, or a supplier of null while it is loading or training
     */
    public HybridRecommender(ContentRecommender content, Supplier<NcfRecommender> ncf, CandidateRanker ranker) {
        this.content = content;
        this.ncf = ncf;
        this.ranker = ranker;
    }

    @Override
    public Method method() {
        return Method.HYBRID;
    }

    /** The collaborative weight of a movie at blend setting α. */
    static double cfWeight(double alpha, int ratingCount) {
        return alpha * ratingCount / (ratingCount + CONFIDENCE_RATINGS);
    }

    /**
     * The collaborative weight of one movie: 0 without a CF score, 1 without a content score, else
     * {@link #cfWeight}. Public so the evaluation harness blends exactly as served.
     */
    public static double blendWeight(double alpha, int ratingCount, boolean hasCf, boolean hasContent) {
        return !hasCf ? 0 : !hasContent ? 1 : cfWeight(alpha, ratingCount);
    }

    /**
     * One movie's blended score from its z-scored CF logit and content score (NaN: that side has no
     * score): {@code w·cf + (1 − w)·content} with w = {@link #blendWeight}; NaN when it has neither.
     */
    public static float blend(double alpha, int ratingCount, float cfZ, float contentZ) {
        boolean hasCf = !Float.isNaN(cfZ);
        boolean hasContent = !Float.isNaN(contentZ);
        if (!hasCf && !hasContent) {
            return Float.NaN;
        }
        double weight = blendWeight(alpha, ratingCount, hasCf, hasContent);
        return (float) ((hasCf ? weight * cfZ : 0) + (hasContent ? (1 - weight) * contentZ : 0));
    }

    @Override
    public List<Recommendation> recommend(RecommendationRequest request) {
        ScoreTable table = score(request);
        List<Recommendation> out = new ArrayList<>();
        for (int position : ranker.top(table.scores(), request, this.content.similarity())) {
            out.add(describe(request, table, position));
        }
        return out;
    }

    @Override
    public ScoreTable score(RecommendationRequest request) {
        Profile profile = request.profile();
        float[] contentZ = zScores(content.scores(profile));
        NcfRecommender cf = ncf.get();
        String cfNote = null;
        float[] cfZ = null;
        if (cf == null) {
            cfNote = "Collaborative model not ready yet: content only";
        } else {
            try {
                cfZ = zScores(cf.logits(profile));
            } catch (InvalidRequestException tooFewRated) {
                cfNote = "Too few of your movies have ratings here for collaborative scores: content only";
            }
        }
        float[] blended = new float[ranker.size()];
        double[] cfPart = new double[ranker.size()];
        double[] contentPart = new double[ranker.size()];
        for (int p = 0; p < blended.length; p++) {
            boolean hasContent = !Float.isNaN(contentZ[p]);
            boolean hasCf = cfZ != null && !Float.isNaN(cfZ[p]);
            if (!hasContent && !hasCf) {
                blended[p] = Float.NaN;
                cfPart[p] = Double.NaN;
                contentPart[p] = Double.NaN;
                continue;
            }
            double weight = blendWeight(request.alpha(), ranker.ratingCount(p), hasCf, hasContent);
            cfPart[p] = hasCf ? weight * cfZ[p] : 0;
            contentPart[p] = hasContent ? (1 - weight) * contentZ[p] : 0;
            blended[p] = (float) (cfPart[p] + contentPart[p]);
        }
        return new ScoreTable(blended, cfPart, contentPart, cfNote);
    }

    @Override
    public Recommendation describe(RecommendationRequest request, ScoreTable table, int position) {
        double cfPart = table.cf()[position];
        double contentPart = table.content()[position];
        NcfRecommender cf = table.note() == null ? ncf.get() : null;
        return new Recommendation(ranker.movieAt(position), table.scores()[position], cfPart, contentPart,
                explain(request.profile(), position, cfPart, contentPart, cf, table.note()));
    }

    private Explanation explain(Profile profile, int position, double cfPart, double contentPart, NcfRecommender cf, String cfNote) {
        Movie movie = ranker.movieAt(position);
        double total = Math.abs(cfPart) + Math.abs(contentPart);
        double cfShare = total == 0 ? 0 : Math.abs(cfPart) / total;
        Explanation byContent = content.explain(profile, position);
        Explanation byCf = cf != null && cfShare > 0 ? cf.explain(profile, movie) : null;
        Explanation lead = byCf != null && cfShare > 0.5 ? byCf : byContent;
        List<String> details = new ArrayList<>();
        details.add("Score split: %d%% collaborative, %d%% content".formatted(Math.round(100 * cfShare), Math.round(100 * (1 - cfShare))));
        if (!movie.isRated()) {
            details.add("Nobody here has rated it yet, so only its description counts");
        }
        if (byCf != null && lead != byCf) {
            details.add(byCf.text());
        }
        if (lead != byContent) {
            details.add(byContent.text());
        }
        details.addAll(byContent.details());
        if (cfNote != null) {
            details.add(cfNote);
        }
        List<Integer> becauseOf = new ArrayList<>(lead.becauseOf());
        (lead == byContent ? (byCf == null ? List.<Integer>of() : byCf.becauseOf()) : byContent.becauseOf()).stream()
                .filter(id -> !becauseOf.contains(id)).forEach(becauseOf::add);
        return new Explanation(lead.text(), becauseOf, details);
    }

    /** (x - mean) / sd over the non-NaN entries; NaN stays NaN. Public for the evaluation harness. */
    public static float[] zScores(float[] scores) {
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (float s : scores) {
            if (!Float.isNaN(s)) {
                sum += s;
                sumSq += (double) s * s;
                n++;
            }
        }
        float[] z = Arrays.copyOf(scores, scores.length);
        if (n == 0) {
            return z;
        }
        double mean = sum / n;
        double sd = Math.sqrt(Math.max(sumSq / n - mean * mean, 0));
        for (int i = 0; i < z.length; i++) {
            if (!Float.isNaN(z[i])) {
                z[i] = sd == 0 ? 0 : (float) ((z[i] - mean) / sd);
            }
        }
        return z;
    }
}
