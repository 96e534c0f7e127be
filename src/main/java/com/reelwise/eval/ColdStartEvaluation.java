package com.reelwise.eval;

import com.reelwise.runs.RunFolders;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.catalog.Movie;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cold-start protocol ({@link Protocol#coldStart(long)}) on a {@link ColdStartSplit}. Each
 * method is fitted on the split's train part (no held-out movie in it, empty validation). Every
 * user who liked (rating &ge; threshold) at least one held-out movie is evaluated: the user's
 * scores are restricted to the held-out movies (the candidates are ALL held-out movies, including
 * ones the user rated lower or never saw), ranked best first (ties by item index), and
 * Recall@k = hits in the top k / number of liked held-out movies, NDCG@k with binary relevance and
 * the ideal list of min(k, liked) hits; both averaged over the evaluated users.
 *
 * <p>Reference methods always added: {@code popular-tmdb} scores a movie by its TMDB vote count
 * from the catalog (0 when unknown, e.g. ml-100k without links: then it ranks by item index, which is
 * arbitrary) because a never-seen movie has no MovieLens popularity; {@code random} draws seeded
 * uniform scores per user.
 */
public final class ColdStartEvaluation {

    private static final Logger LOG = LoggerFactory.getLogger(ColdStartEvaluation.class);

    private final Path resultsDir;
    private final Path dataDir;
    private final ItemVectors itemVectors;

    /**
     * @param resultsDir where result files go
     * @param dataDir    the data folder, for the catalog's TMDB vote counts
     */
    public ColdStartEvaluation(Path resultsDir, Path dataDir) {
        this(resultsDir, dataDir, null);
    }

    /** @param itemVectors vectors for the ILD@10 column, or null for none */
    public ColdStartEvaluation(Path resultsDir, Path dataDir, ItemVectors itemVectors) {
        this.resultsDir = resultsDir;
        this.dataDir = dataDir;
        this.itemVectors = itemVectors;
    }

    /** Splits, evaluates the reference methods then {@code methods}, and writes the result files. */
    public List<EvaluationResult> run(MovieLensDataset dataset, Protocol protocol, List<NamedModel> methods) {
        Ratings ratings = RatingsReader.read(dataset);
        Catalog catalog = new CatalogLoader(dataDir, true).load(Optional.of(dataset), ratings);
        float[] votes = new float[ratings.movies().size()];
        for (int i = 0; i < votes.length; i++) {
            votes[i] = catalog.byId(ratings.movies().idAt(i)).map(Movie::tmdbVotes).orElse(0);
        }
        List<NamedModel> all = new ArrayList<>();
        all.add(NamedModel.of("popular-tmdb", () -> new FixedScores("popular-tmdb", votes)));
        all.add(new NamedModel("random", RandomScores::new));
        all.addAll(methods);
        // under cold start any film a person rated may be a held-out one: their horizon is their latest rating
        ReleaseHorizon horizon = protocol.releasedOnly()
                ? ReleaseHorizon.of(catalog, ratings, com.reelwise.ratings.TimeOrder.of(ratings, 0f)) : null;
        return run(dataset, ratings, ColdStartSplit.of(ratings, protocol), protocol, all, horizon);
    }

    List<EvaluationResult> run(MovieLensDataset dataset, Ratings ratings, ColdStartSplit split, Protocol protocol,
                               List<NamedModel> methods) {
        return run(dataset, ratings, split, protocol, methods, null);
    }

    private List<EvaluationResult> run(MovieLensDataset dataset, Ratings ratings, ColdStartSplit split, Protocol protocol,
                                       List<NamedModel> methods, ReleaseHorizon horizon) {
        Instant started = Instant.now();
        int evaluated = 0;
        for (int[] liked : split.liked()) {
            evaluated += liked.length > 0 ? 1 : 0;
        }
        LOG.info("{} cold-start: {} held-out movies, {} users liked one; train {} interactions; seed {}",
                dataset.name(), split.heldOut().length, evaluated, split.train().size(), protocol.seed());
        float[][] vectors = itemVectors == null ? null : itemVectors.of(dataset, ratings);
        EvaluationRunner.Rows rows = new EvaluationRunner.Rows(dataset.name(), protocol, evaluated, started.toString());
        List<EvaluationResult> results = new ArrayList<>();
        for (NamedModel method : methods) {
            results.addAll(EvaluationRunner.fitAndScore(method, rows, dataset, ratings, split.train(), split.emptyValidation(),
                    split.trainOrder(), model -> score(model, split, protocol, vectors, horizon)));
        }
        ResultWriter.write(resultsDir, dataset.name() + "_" + protocol.name() + "_" + RunFolders.STAMP.format(started), results);
        return results;
    }

    /** Mean Recall@k and NDCG@k over users who liked a held-out movie; candidates are the held-out movies. */
    static Map<String, Double> evaluate(RankingModel model, ColdStartSplit split, Protocol protocol) {
        return evaluate(model, split, protocol, null);
    }

    /** As above, plus ILD@10 of each evaluated user's top 10 held-out movies when {@code itemVectors} is not null. */
    static Map<String, Double> evaluate(RankingModel model, ColdStartSplit split, Protocol protocol, float[][] itemVectors) {
        return score(model, split, protocol, itemVectors).means();
    }

    /** The metrics with each evaluated user's Recall and NDCG (users ascending). */
    static UserScores score(RankingModel model, ColdStartSplit split, Protocol protocol, float[][] itemVectors) {
        return score(model, split, protocol, itemVectors, null);
    }

    /** As above; with a horizon, a held-out film released after the person's latest rating year is not their candidate. */
    static UserScores score(RankingModel model, ColdStartSplit split, Protocol protocol, float[][] itemVectors, ReleaseHorizon horizon) {
        int[] cutoffs = protocol.cutoffs();
        double[] recall = new double[cutoffs.length];
        double[] ndcg = new double[cutoffs.length];
        List<double[]> perUser = new ArrayList<>();
        double diversity = 0;
        float[] scores = new float[split.train().numItems()];
        boolean[] candidate = new boolean[scores.length];
        for (int item : split.heldOut()) {
            candidate[item] = true;
        }
        int users = 0;
        for (int u = 0; u < split.liked().length; u++) {
            int[] truth = split.liked()[u];
            if (truth.length == 0) {
                continue;
            }
            model.scores(u, scores);
            int user = u;
            int[] top = Metrics.topK(scores, protocol.maxCutoff(),
                    item -> !candidate[item] || horizon != null && horizon.unreleased(user, item));
            double[] values = new double[2 * cutoffs.length];
            for (int c = 0; c < cutoffs.length; c++) {
                values[2 * c] = Metrics.recall(top, truth, cutoffs[c]);
                values[2 * c + 1] = Metrics.ndcg(top, truth, cutoffs[c]);
                recall[c] += values[2 * c];
                ndcg[c] += values[2 * c + 1];
            }
            perUser.add(values);
            if (itemVectors != null) {
                diversity += IntraListDiversity.of(top, Evaluator.ILD_CUTOFF, itemVectors);
            }
            users++;
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        Map<String, double[]> byUser = new LinkedHashMap<>();
        for (int c = 0; c < cutoffs.length; c++) {
            metrics.put("Recall@" + cutoffs[c], users == 0 ? 0 : recall[c] / users);
            metrics.put("NDCG@" + cutoffs[c], users == 0 ? 0 : ndcg[c] / users);
            int m = c;
            byUser.put("Recall@" + cutoffs[c], perUser.stream().mapToDouble(v -> v[2 * m]).toArray());
            byUser.put("NDCG@" + cutoffs[c], perUser.stream().mapToDouble(v -> v[2 * m + 1]).toArray());
        }
        if (itemVectors != null) {
            metrics.put("ILD@" + Evaluator.ILD_CUTOFF, users == 0 ? 0 : diversity / users);
        }
        return new UserScores(metrics, byUser);
    }

    /** The same given score for every user. */
    record FixedScores(String name, float[] values) implements RankingModel {
        @Override
        public void fit(com.reelwise.ratings.Interactions train, com.reelwise.ratings.Interactions validation) {
        }

        @Override
        public void scores(int user, float[] out) {
            System.arraycopy(values, 0, out, 0, values.length);
        }
    }

    /** Uniform random scores from a per-user stream of the run's seed. */
    static final class RandomScores implements RankingModel {
        private final long seed;

        RandomScores(long seed) {
            this.seed = seed;
        }

        @Override
        public String name() {
            return "random";
        }

        @Override
        public void fit(com.reelwise.ratings.Interactions train, com.reelwise.ratings.Interactions validation) {
        }

        @Override
        public void scores(int user, float[] out) {
            SplittableRandom random = new SplittableRandom(Splitter.streamSeed(seed, user));
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) random.nextDouble();
            }
        }
    }
}
