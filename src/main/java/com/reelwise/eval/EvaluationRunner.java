package com.reelwise.eval;

import com.reelwise.catalog.CatalogLoader;
import com.reelwise.memory.DoesNotFitException;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import com.reelwise.runs.RunFolders;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the offline evaluation: splits a data set by a protocol, fits each method on train
 * (validation held out for its tuning), scores the test part, prints the table with timings
 * and writes {@code <dataset>_<protocol>_<time>.json} and {@code .csv} to the results directory.
 *
 * <pre>{@code
 * var runner = new EvaluationRunner(Path.of("model-training/results"), 2);
 * List<NamedModel> methods = new ArrayList<>(Baselines.all());
 * methods.add(new NamedModel("neumf", seed -> new NeuMF(config, seed)));
 * runner.run(MovieLensDataset.find(dataDir, "ml-latest-small").orElseThrow(), Protocol.loo99neg(42), methods);
 * }</pre>
 */
public final class EvaluationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationRunner.class);

    private final Path resultsDir;
    private final Evaluator evaluator;
    private final ItemVectors itemVectors;

    /**
     * @param resultsDir where result files go (created when missing)
     * @param threads    threads scoring test users; models must allow concurrent {@code scores} calls
     */
    public EvaluationRunner(Path resultsDir, int threads) {
        this(resultsDir, threads, null);
    }

    /**
     * @param itemVectors vectors for the ILD@10 column (null: no diversity column; external splits never
     *                    have one, since they carry no movie data)
     */
    public EvaluationRunner(Path resultsDir, int threads, ItemVectors itemVectors) {
        this.resultsDir = resultsDir;
        this.evaluator = new Evaluator(threads);
        this.itemVectors = itemVectors;
    }

    /** Reads and splits {@code dataset} by {@code protocol}, then evaluates every method. */
    public List<EvaluationResult> run(MovieLensDataset dataset, Protocol protocol, List<NamedModel> methods) {
        Ratings ratings = RatingsReader.read(dataset);
        return run(dataset.name(), split(ratings, protocol), protocol, methods, dataset, ratings);
    }

    /** The split {@link #run(MovieLensDataset, Protocol, List)} evaluates on. */
    public static Split split(Ratings ratings, Protocol protocol) {
        return Splitter.split(ratings, protocol);
    }

    /** Evaluates every method on a ready split over a MovieLens release's ids (a {@link CsvSplit}): methods get its texts. */
    public List<EvaluationResult> run(MovieLensDataset dataset, Ratings ratings, Split split, Protocol protocol, List<NamedModel> methods) {
        return run(dataset.name(), split, protocol, methods, dataset, ratings);
    }

    /** Evaluates every method on a ready split (for instance an {@link ExternalSplit}). */
    public List<EvaluationResult> run(String datasetName, Split split, Protocol protocol, List<NamedModel> methods) {
        return run(datasetName, split, protocol, methods, null, null);
    }

    private List<EvaluationResult> run(String datasetName, Split split, Protocol protocol, List<NamedModel> methods,
                                       MovieLensDataset dataset, Ratings ratings) {
        Instant started = Instant.now();
        LOG.info("{} {}: {} users, {} items; train {}, validation {}, test {} interactions; seed {}",
                datasetName, protocol.name(), split.numUsers(), split.numItems(), split.train().size(),
                split.validation().size(), split.test().size(), protocol.seed());
        int evaluatedUsers = 0;
        for (int u = 0; u < split.numUsers(); u++) {
            evaluatedUsers += split.test().countOf(u) > 0 ? 1 : 0;
        }
        float[][] vectors = dataset == null || itemVectors == null ? null : itemVectors.of(dataset, ratings);
        Rows rows = new Rows(datasetName, protocol, evaluatedUsers, started.toString());
        ReleaseHorizon horizon = protocol.releasedOnly() ? horizon(dataset, ratings, split) : null;
        List<EvaluationResult> results = new ArrayList<>();
        for (NamedModel method : methods) {
            results.addAll(fitAndScore(method, rows, dataset, ratings, split.train(), split.validation(), split.knownOrder(),
                    model -> evaluator.score(model, split, protocol, vectors, horizon)));
        }
        Path file = ResultWriter.write(resultsDir, datasetName + "_" + protocol.name() + "_" + RunFolders.STAMP.format(started), results);
        LOG.info("Results written to {} (and .csv)", file);
        return results;
    }

    /** Each person's horizon is the year of their latest test rating; films' years come from the release's titles. */
    private static ReleaseHorizon horizon(MovieLensDataset dataset, Ratings ratings, Split split) {
        if (dataset == null) {
            throw new IllegalArgumentException("a -released protocol needs a MovieLens release (film years, rating times)");
        }
        int[][] test = new int[split.numUsers()][];
        for (int u = 0; u < test.length; u++) {
            test[u] = split.test().itemsOf(u);
        }
        return ReleaseHorizon.of(new CatalogLoader(dataset.dir().getParent(), false).load(Optional.of(dataset), ratings), ratings, test);
    }

    /** What every row of one run shares. */
    record Rows(String dataset, Protocol protocol, int users, String started) {

        EvaluationResult row(String method, UserScores scores, double fitSeconds, double evalSeconds,
                             Map<String, Object> modelConfig) {
            return new EvaluationResult(dataset, protocol.name(), method, scores.means(), protocol, protocol.seed(), users,
                    fitSeconds, evalSeconds, started, modelConfig, scores.perUser(), scores.hitRateByRank());
        }
    }

    /**
     * Builds, fits and scores one method: one row, or one per variant of a {@link SweptModel} (fitted
     * once; each variant's row carries the shared fit time).
     */
    static List<EvaluationResult> fitAndScore(NamedModel method, Rows rows, MovieLensDataset dataset, Ratings ratings,
                                              Interactions train, Interactions validation, int[][] knownOrder,
                                              Function<RankingModel, UserScores> score) {
        List<EvaluationResult> out = new ArrayList<>();
        try (RankingModel model = method.factory().apply(rows.protocol().seed())) {
            fitOrSkip(model, method, rows, dataset, ratings, train, validation, knownOrder, score, out);
        } catch (DoesNotFitException e) {
            LOG.warn("{} {} {}: skipped. {}", rows.dataset(), rows.protocol().name(), method.name(), e.getMessage());
            System.out.println(rows.dataset() + " | " + rows.protocol().name() + " | " + method.name() + " | skipped: " + e.getMessage());
        }
        return out;
    }

    private static void fitOrSkip(RankingModel model, NamedModel method, Rows rows, MovieLensDataset dataset, Ratings ratings,
                                  Interactions train, Interactions validation, int[][] knownOrder,
                                  Function<RankingModel, UserScores> score, List<EvaluationResult> out) {
        provideDataset(model, dataset, ratings);
        if (model instanceof HistoryAware aware) {
            aware.useHistories(knownOrder);
        }
        long t0 = System.nanoTime();
        model.fit(train, validation);
        double fitSeconds = (System.nanoTime() - t0) / 1e9;
        List<SweptModel.Variant> variants = model instanceof SweptModel swept ? swept.variants()
                : List.of(new SweptModel.Variant(method.name(), Map.of(), model::scores));
        for (SweptModel.Variant variant : variants) {
            RankingModel scored = model instanceof SweptModel ? variant.asModel() : model;
            long t1 = System.nanoTime();
            UserScores metrics = score.apply(scored);
            EvaluationResult result = rows.row(variant.name(), metrics, fitSeconds, (System.nanoTime() - t1) / 1e9,
                    variant.settings());
            LOG.info("{} {} {}: fit {} s, eval {} s, {}", rows.dataset(), rows.protocol().name(), variant.name(),
                    String.format("%.1f", result.fitSeconds()), String.format("%.1f", result.evalSeconds()), format(metrics.means()));
            out.add(result);
        }
    }

    static void provideDataset(RankingModel model, MovieLensDataset dataset, Ratings ratings) {
        if (model instanceof DatasetAware aware) {
            if (dataset == null) {
                throw new IllegalArgumentException(model.name() + " needs the MovieLens data set (movie texts); an external split has none");
            }
            aware.useDataset(dataset, ratings);
        }
    }

    static String format(Map<String, Double> metrics) {
        StringBuilder sb = new StringBuilder();
        metrics.forEach((k, v) -> sb.append(k).append('=').append(String.format(Locale.ROOT, "%.4f", v)).append(' '));
        return sb.toString().trim();
    }
}
