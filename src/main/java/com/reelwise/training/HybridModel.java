package com.reelwise.training;

import com.reelwise.eval.DatasetAware;
import com.reelwise.eval.RankingModel;
import com.reelwise.eval.SweptModel;
import com.reelwise.eval.SweepWriter;
import com.reelwise.eval.ValidationScore;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.recommend.HybridRecommender;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The served hybrid in the evaluation harness: NeuMF and the content model are fitted once on the same
 * train part, and every α is scored with the server's own rule ({@link HybridRecommender#zScores},
 * {@link HybridRecommender#blend}): CF logits and content scores z-scored per user, CF weight
 * α·n/(n+10) with n the movie's interactions in train. A movie with no train interaction has no CF
 * score (NeuMF never saw it, as the served model has no row for an unrated movie), so it is scored by
 * content alone.
 *
 * <p>Rows: each component alone (its raw scores, named as the caller says, e.g. {@code neumf} and
 * {@code content-finetuned}), {@code hybrid-a0.00} … {@code hybrid-a1.00} for {@link #SWEEP}, and {@code hybrid} at the α
 * with the best validation NDCG@20 on the grid 0, 0.05, …, 1. Validation is the part carved from train
 * that {@code fit} receives; the test part never reaches this class. Both components use train only (not
 * train+validation), like the {@code neumf} and {@code content-finetuned} rows, so the rows compare.
 */
final class HybridModel implements SweptModel, DatasetAware {

    private static final Logger LOG = LoggerFactory.getLogger(HybridModel.class);

    /** The α values reported as their own rows. */
    static final double[] SWEEP = {0, 0.1, 0.25, 0.5, 0.75, 0.9, 1};
    /** α is tuned on 0, 1/STEPS, …, 1. */
    static final int TUNING_STEPS = 20;
    static final int VALIDATION_CUTOFF = 20;
    static final String VALIDATION_METRIC = "NDCG@" + VALIDATION_CUTOFF
            + " on the validation part (held out from train), full ranking against items not in train";
    /** Used for the tuned row when there is no validation part (cold-start): α cannot change the ranking of unseen movies there. */
    static final double UNTUNED_ALPHA = 0.5;

    private final RankingModel cf;
    private final RankingModel content;
    private final String cfName;
    private final String contentName;
    private int[] ratingCounts;
    private float[][] cfZ;
    private float[][] contentZ;
    private final Map<Double, Double> validationByAlpha = new LinkedHashMap<>();
    private double tunedAlpha = Double.NaN;

    /**
     * @param cf      scores are logits (NeuMF)
     * @param content scores are similarities (the fine-tuned content model)
     */
    HybridModel(RankingModel cf, RankingModel content) {
        this(cf, "cf", content, "content");
    }

    /** Also reports each component alone, under {@code cfName} and {@code contentName} (e.g. "neumf", "content-finetuned"). */
    HybridModel(RankingModel cf, String cfName, RankingModel content, String contentName) {
        this.cf = cf;
        this.content = content;
        this.cfName = cfName;
        this.contentName = contentName;
    }

    @Override
    public String name() {
        return "hybrid";
    }

    @Override
    public void useDataset(MovieLensDataset dataset, Ratings ratings) {
        for (RankingModel part : List.of(cf, content)) {
            if (part instanceof DatasetAware aware) {
                aware.useDataset(dataset, ratings);
            }
        }
    }

    @Override
    public void fit(Interactions train, Interactions validation) {
        cf.fit(train, validation);
        content.fit(train, validation);
        ratingCounts = train.itemCounts();
        int users = train.numUsers();
        int items = train.numItems();
        cfZ = new float[users][];
        contentZ = new float[users][];
        // Per-user z-scores once, so every α costs only the blend.
        IntStream.range(0, users).parallel().forEach(u -> {
            float[] logits = new float[items];
            cf.scores(u, logits);
            for (int i = 0; i < items; i++) {
                if (ratingCounts[i] == 0) {
                    logits[i] = Float.NaN;
                }
            }
            cfZ[u] = HybridRecommender.zScores(logits);
            float[] similarity = new float[items];
            content.scores(u, similarity);
            contentZ[u] = HybridRecommender.zScores(similarity);
        });
        tune(train, validation);
    }

    private void tune(Interactions train, Interactions validation) {
        validationByAlpha.clear();
        if (validation.size() == 0) {
            tunedAlpha = UNTUNED_ALPHA;
            LOG.info("hybrid: no validation part, tuned row uses α = {}", UNTUNED_ALPHA);
            return;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int step = 0; step <= TUNING_STEPS; step++) {
            double alpha = (double) step / TUNING_STEPS;
            double score = ValidationScore.ndcg(atAlpha(alpha), train, validation, VALIDATION_CUTOFF);
            validationByAlpha.put(alpha, score);
            if (score > best) {
                best = score;
                tunedAlpha = alpha;
            }
        }
        for (double alpha : SWEEP) {
            validationByAlpha.computeIfAbsent(alpha, a -> ValidationScore.ndcg(atAlpha(a), train, validation, VALIDATION_CUTOFF));
        }
        LOG.info("hybrid: α = {} chosen on validation {} = {}", label(tunedAlpha), "NDCG@" + VALIDATION_CUTOFF,
                String.format(Locale.ROOT, "%.4f", best));
    }

    /** The α chosen on validation (after {@link #fit}). */
    double tunedAlpha() {
        return tunedAlpha;
    }

    /** Validation NDCG@20 per α tried, in grid order (empty without a validation part). */
    Map<Double, Double> validationByAlpha() {
        return validationByAlpha;
    }

    /** Scores of the blend at {@code alpha}, one user at a time. */
    RankingModel atAlpha(double alpha) {
        return new SweptModel.Variant(method(alpha), Map.of(), (user, out) -> blend(alpha, user, out)).asModel();
    }

    private void blend(double alpha, int user, float[] out) {
        float[] c = cfZ[user];
        float[] t = contentZ[user];
        for (int i = 0; i < out.length; i++) {
            out[i] = HybridRecommender.blend(alpha, ratingCounts[i], c[i], t[i]);
        }
    }

    @Override
    public void scores(int user, float[] out) {
        blend(tunedAlpha, user, out);
    }

    @Override
    public List<Variant> variants() {
        if (cfZ == null) {
            throw new IllegalStateException("hybrid is not fitted: call fit(train, validation) first");
        }
        List<Variant> rows = new ArrayList<>();
        // Each component alone, from this very fit: the comparison "hybrid vs its parts" shares every random draw.
        rows.add(new Variant(cfName, Map.of("component", "collaborative part of the hybrid, alone"), cf::scores));
        rows.add(new Variant(contentName, Map.of("component", "content part of the hybrid, alone"), content::scores));
        for (double alpha : SWEEP) {
            Map<String, Object> settings = settings(alpha);
            rows.add(new Variant(method(alpha), settings, (user, out) -> blend(alpha, user, out)));
        }
        Map<String, Object> tuned = settings(tunedAlpha);
        tuned.put(SweepWriter.TUNED, true);
        Map<String, Double> byAlpha = new LinkedHashMap<>();
        validationByAlpha.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byAlpha.put(label(e.getKey()), e.getValue()));
        tuned.put("validationByAlpha", byAlpha);
        if (validationByAlpha.isEmpty()) {
            tuned.put("note", "no validation part: alpha not tuned; every held-out movie is unseen, so its CF weight is 0 at any alpha");
        }
        rows.add(new Variant("hybrid", tuned, this::scores));
        return rows;
    }

    private Map<String, Object> settings(double alpha) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(SweepWriter.SWEEP, "alpha");
        settings.put("alpha", alpha);
        settings.put(SweepWriter.VALIDATION, validationByAlpha.get(alpha));
        settings.put(SweepWriter.VALIDATION_METRIC, VALIDATION_METRIC);
        settings.put("rule", "z-scored NeuMF logits and content scores; CF weight alpha*n/(n+10), n = train interactions; n = 0: content only");
        return settings;
    }

    /** Result name of the sweep row at {@code alpha}: "hybrid-a" and two decimals, e.g. hybrid-a0.25. */
    static String method(double alpha) {
        return "hybrid-a" + label(alpha);
    }

    private static String label(double alpha) {
        return String.format(Locale.ROOT, "%.2f", alpha);
    }

    @Override
    public void close() {
        cfZ = null;
        contentZ = null;
        try {
            cf.close();
        } finally {
            content.close();
        }
    }
}
