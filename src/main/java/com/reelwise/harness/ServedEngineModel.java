package com.reelwise.harness;

import com.reelwise.catalog.Catalog;
import com.reelwise.cluster.ClusterModel;
import com.reelwise.cluster.ClusterModelBuilder;
import com.reelwise.eval.DatasetAware;
import com.reelwise.eval.HistoryAware;
import com.reelwise.eval.SweptModel;
import com.reelwise.hybrid.HybridTrainer;
import com.reelwise.hybrid.LearnedHybridRecommender;
import com.reelwise.hybrid.SourceModels;
import com.reelwise.ranker.GradientBoostedRanker;
import com.reelwise.ranker.RankerSettings;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.LatestHoldout;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.ClusterMode;
import com.reelwise.recommend.ClusterRecommender;
import com.reelwise.recommend.ContentRecommender;
import com.reelwise.recommend.EmbeddingMatrix;
import com.reelwise.recommend.HistorySource;
import com.reelwise.recommend.NcfRecommender;
import com.reelwise.recommend.NextWatchRecommender;
import com.reelwise.recommend.PopularRecommender;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.Recommender;
import com.reelwise.sequence.SequenceScorer;
import com.reelwise.text.CatalogEmbeddings;
import com.reelwise.training.ConfigOverrides;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The served recommenders in the evaluation harness, through the code the API runs: each test person's
 * known films (train then validation, in time order) become a {@link Profile}'s liked films, and the
 * method's own {@link Recommender#score} ranks every film. New people are folded in, so NeuMF is scored
 * by fold-in here, as the app serves a new person; the sequential model reads the history in order.
 *
 * <p>Fit, as the product trains (two stages): the hybrid's ranker learns from the latest 20% of each person's
 * known films (train then validation, in time order), with NeuMF, the sequential model, the taste
 * autoencoder and the encoder's fine-tuning trained on the rest (which also picks their epochs) and the
 * catalog's rating counts computed from the rest. Then NeuMF and the history models learn again from
 * everything known, for the epochs stage A chose, and those serve test, as the app serves models trained on
 * every rating. Nothing sees test.
 *
 * <p>Rows: {@code hybrid} (the default method), {@code next}, {@code neumf} (fold-in), {@code content},
 * {@code cluster} (its "more of my clusters" mode) and {@code popular-served}, all from this one fit.
 */
final class ServedEngineModel implements SweptModel, DatasetAware, HistoryAware {

    private static final Logger LOG = LoggerFactory.getLogger(ServedEngineModel.class);

    private final long seed;
    private final ContentMethods content;
    private MovieLensDataset dataset;
    private Ratings ratings;
    private int[][] knownOrder;
    private SourceCache.Trained stageA;
    private SourceCache.Trained stageB;
    private SequenceScorer nextWatch;
    private GradientBoostedRanker ranker;
    private final Map<String, Recommender> served = new LinkedHashMap<>();
    private int[] positionOfItem;
    private HistorySource tasteServed;
    private int[][] profiles;

    /** Every served method, the rows a hybrid fit reports. */
    static final List<String> ROWS = List.of("hybrid", "next", "taste", "neumf", "content", "cluster", "popular-served");

    private final java.util.Set<String> rows;

    /**
     * Extra hybrid rows at these balance-slider settings besides the default, from the same fit: system property
     * {@code reelwise.hybrid.balances}, e.g. "0.45,0.4" (empty by default); rows are named as sweep points, "hybrid-a0.45".
     */
    private static final double[] BALANCES = Arrays.stream(System.getProperty("reelwise.hybrid.balances", "").split(","))
            .map(String::strip).filter(t -> !t.isEmpty()).mapToDouble(Double::parseDouble).toArray();

    /**
     * Newcomer-sized profiles: system property {@code reelwise.harness.newcomerPicks}, e.g. 5, makes each test
     * person's profile their latest N known films only, as a new visitor names a handful (0, the default: every
     * known film). The app's "chance you watch it" figures come from such a run.
     */
    static final int NEWCOMER_PICKS = Integer.getInteger("reelwise.harness.newcomerPicks", 0);

    /**
     * Seed of the ranker's training handfuls and its boosting only: system property {@code reelwise.hybrid.rankerSeed}
     * (default: the run's seed). The sources and the split stay as the run's seed made them, so rerunning with a few
     * values shows how much of a difference between two rankers is the draw of their training queries.
     */
    private static final Long RANKER_SEED = Long.getLong("reelwise.hybrid.rankerSeed");

    /** Ranker settings changed for a run, system property {@code reelwise.hybrid.ranker} as "key=value,key=value" (default: none). */
    private static RankerSettings rankerSettings(long seed) {
        return ConfigOverrides.applied(RankerSettings.defaults().withSeed(seed), ConfigOverrides.ofProperty("reelwise.hybrid.ranker"), RankerSettings::with);
    }

    ServedEngineModel(long seed, ContentMethods content) {
        this(seed, content, java.util.Set.copyOf(ROWS));
    }

    /** Only the given rows (one of {@link #ROWS}); "hybrid" brings every source it reads. */
    ServedEngineModel(long seed, ContentMethods content, java.util.Set<String> rows) {
        this.seed = seed;
        this.content = content;
        this.rows = rows;
    }

    @Override
    public String name() {
        return rows.contains("hybrid") ? "hybrid" : rows.iterator().next();
    }

    @Override
    public void useDataset(MovieLensDataset dataset, Ratings ratings) {
        this.dataset = dataset;
        this.ratings = ratings;
    }

    @Override
    public void useHistories(int[][] knownOrder) {
        this.knownOrder = knownOrder;
    }

    @Override
    public void fit(Interactions train, Interactions validation) {
        if (dataset == null || knownOrder == null) {
            throw new IllegalStateException("the served methods need the data set (movie texts) and each user's history in time order");
        }
        int users = train.numUsers();
        int items = train.numItems();
        Interactions known = validation.size() == 0 ? train : union(train, validation);
        // Stage A: the ranker learns from the latest 20% of each person's known films; the sources it reads
        // learn from the rest (and choose their epochs on those 20%).
        LatestHoldout holdout = LatestHoldout.of(knownOrder, LatestHoldout.PRODUCT_SHARE);
        Interactions fitTrain = holdout.trainInteractions(items);
        int[] movieIds = new int[ratings.movies().size()];
        for (int i = 0; i < movieIds.length; i++) {
            movieIds[i] = ratings.movies().idAt(i);
        }
        SourceCache cache = new SourceCache(content.cacheDir(), dataset.name(), ratings, movieIds, seed);
        stageA = cache.holdout(holdout);
        ContentContext context = content.context(dataset, ratings);
        CatalogEmbeddings embeddings = new CatalogEmbeddings(movieIds, content.fineTunedVectors(context, fitTrain, seed));
        Catalog fitCatalog = HarnessCatalog.of(dataset, ratings, fitTrain);
        Engine fitEngine = new Engine(fitCatalog, embeddings, stageA, null, null);
        long rankerSeed = RANKER_SEED == null ? seed : RANKER_SEED;
        List<HybridTrainer.Query> queries = HybridTrainer.queries(holdout.train(), holdout.heldOut(), i -> ratings.movies().idAt(i), rankerSeed);
        ranker = new HybridTrainer(fitEngine.ranker, fitEngine.content, fitEngine.models)
                .train(queries, rankerSettings(rankerSeed), true, Map.of("dataset", dataset.name(), "seed", rankerSeed));
        LOG.info("hybrid ranker: best round {}, stopping NDCG@10 {}, importance {}", ranker.info().bestRound(),
                ranker.info().validationNdcg(), ranker.importance());

        // Stage B: the sources learn again from everything known, for the epochs stage A chose, and serve test.
        stageB = cache.everything(knownOrder, known, stageA);
        Catalog testCatalog = HarnessCatalog.of(dataset, ratings, known);
        // next watch's own model, as the app serves it; trained only when its row is asked for (it doubles the sequential cost)
        nextWatch = rows.contains("next") ? cache.nextWatch(holdout, knownOrder) : null;
        Engine engine = new Engine(testCatalog, embeddings, stageB, ranker, nextWatch);
        served.clear();
        served.put("hybrid", engine.hybrid);
        served.put("next", engine.next);
        served.put("taste", null);
        served.put("neumf", engine.ncf);
        served.put("content", engine.content);
        served.put("cluster", engine.cluster);
        served.put("popular-served", engine.popular);
        tasteServed = engine.tasteSource;
        positionOfItem = new int[movieIds.length];
        for (int i = 0; i < movieIds.length; i++) {
            positionOfItem[i] = engine.ranker.position(movieIds[i]);
        }
        profiles = new int[users][];
        for (int u = 0; u < users; u++) {
            int[] order = knownOrder[u];
            int from = NEWCOMER_PICKS > 0 ? Math.max(0, order.length - NEWCOMER_PICKS) : 0;
            profiles[u] = Arrays.stream(order, from, order.length).map(i -> movieIds[i]).toArray();
        }
    }

    private static String profileText() {
        return NEWCOMER_PICKS > 0 ? "profile = the latest " + NEWCOMER_PICKS + " known films in time order" : "profile = known films in time order";
    }

    /** The served recommenders over one catalog, built as the app builds them. */
    private final class Engine {
        final CandidateRanker ranker;
        final ContentRecommender content;
        final NcfRecommender ncf;
        final NextWatchRecommender next;
        final HistorySource tasteSource;
        final SourceModels models;
        final PopularRecommender popular;
        final ClusterRecommender cluster;
        final LearnedHybridRecommender hybrid;

        /** {@code nextWatch}: the next-watch method's own model, or null to serve it from the hybrid's sequential source. */
        Engine(Catalog catalog, CatalogEmbeddings embeddings, SourceCache.Trained sources, GradientBoostedRanker learned, SequenceScorer nextWatch) {
            ranker = new CandidateRanker(catalog);
            content = ContentRecommender.repeatable(new EmbeddingMatrix(embeddings, ranker), ranker, mood -> {
                throw new IllegalStateException("no mood sentences in the offline protocols");
            });
            ncf = new NcfRecommender(sources.neumf(), ranker, null);
            HistorySource sequence = HistorySource.sequential(sources.sequence(), ranker);
            next = new NextWatchRecommender(nextWatch == null ? sequence : HistorySource.sequential(nextWatch, ranker), ranker);
            tasteSource = HistorySource.taste(sources.taste(), ranker);
            models = SourceModels.of(ncf, sequence, tasteSource);
            popular = new PopularRecommender(catalog, ranker);
            ClusterModel clusters = learned == null ? null : ClusterModelBuilder.build(embeddings, catalog, seed);
            cluster = clusters == null ? null : new ClusterRecommender(clusters, embeddings, catalog, ranker, ClusterMode.MORE_OF_MINE);
            hybrid = learned == null ? null : new LearnedHybridRecommender(ranker, content, models, learned, null);
        }
    }

    private static Interactions union(Interactions a, Interactions b) {
        return com.reelwise.eval.Split.union(a, b);
    }

    @Override
    public void scores(int user, float[] out) {
        scoresOf("hybrid", RecommendationRequest.DEFAULT_ALPHA, user, out);
    }

    /** {@code alpha} is the balance slider, read by the hybrid only. */
    private void scoresOf(String variant, double alpha, int user, float[] out) {
        List<Integer> liked = Arrays.stream(profiles[user]).boxed().toList();
        if (liked.isEmpty()) {
            Arrays.fill(out, Float.NaN);
            return;
        }
        if (variant.equals("taste")) {
            // not a method of its own in the app: the hybrid's source, read through the same class the hybrid reads it with
            float[] scores;
            try {
                scores = tasteServed.logits(Profile.liking(liked));
            } catch (com.reelwise.problems.InvalidInputException cannot) {
                Arrays.fill(out, Float.NaN);
                return;
            }
            for (int i = 0; i < out.length; i++) {
                out[i] = positionOfItem[i] < 0 ? Float.NaN : scores[positionOfItem[i]];
            }
            return;
        }
        ServedScores.of(served.get(variant), liked, alpha, positionOfItem, out);
    }

    @Override
    public List<Variant> variants() {
        List<Variant> out = new ArrayList<>();
        for (String name : served.keySet()) {
            if (served.get(name) == null && !name.equals("taste") || !rows.contains(name)) {
                continue;
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("path", (name.equals("taste") ? "the hybrid's taste-autoencoder source (HistorySource)"
                    : "served " + served.get(name).method().id() + " recommender") + ", " + profileText()
                    + (name.equals("neumf") ? ", fold-in" : "")
                    + (name.equals("next") ? ", its own sequential model " + SourceCache.nextWatchSettings(seed) + " (epochs as stage A chose)" : ""));
            if (name.equals("hybrid")) {
                settings.put("ranker", ranker.info());
            }
            out.add(new Variant(name, settings, (user, scores) -> scoresOf(name, RecommendationRequest.DEFAULT_ALPHA, user, scores)));
        }
        if (rows.contains("hybrid") && served.get("hybrid") != null) {
            for (double alpha : BALANCES) {
                Map<String, Object> settings = new LinkedHashMap<>();
                settings.put("path", "served hybrid recommender with the balance slider at " + alpha + ", " + profileText());
                settings.put("alpha", alpha);
                out.add(new Variant("hybrid-a" + java.math.BigDecimal.valueOf(alpha).stripTrailingZeros().toPlainString(), settings,
                        (user, scores) -> scoresOf("hybrid", alpha, user, scores)));
            }
        }
        return out;
    }

    @Override
    public void close() {
        served.clear();
        if (ranker != null) {
            ranker.close();
        }
        if (stageA != null) {
            stageA.close();
        }
        if (nextWatch != null) {
            nextWatch.close();
        }
        if (stageB != null) {
            stageB.close();
        }
    }
}
