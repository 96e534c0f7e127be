package com.reelwise.eval;

import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path resultsDir;
    private final Evaluator evaluator;

    /**
     * @param resultsDir where result files go (created when missing)
     * @param threads    threads scoring test users; models must allow concurrent {@code scores} calls
     */
    public EvaluationRunner(Path resultsDir, int threads) {
        this.resultsDir = resultsDir;
        this.evaluator = new Evaluator(threads);
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
        List<EvaluationResult> results = new ArrayList<>();
        int evaluatedUsers = 0;
        for (int u = 0; u < split.numUsers(); u++) {
            evaluatedUsers += split.test().countOf(u) > 0 ? 1 : 0;
        }
        for (NamedModel method : methods) {
            long t0;
            long t1;
            long t2;
            Map<String, Double> metrics;
            try (RankingModel model = method.factory().apply(protocol.seed())) {
                provideDataset(model, dataset, ratings);
                t0 = System.nanoTime();
                model.fit(split.train(), split.validation());
                t1 = System.nanoTime();
                metrics = evaluator.evaluate(model, split, protocol);
                t2 = System.nanoTime();
            }
            EvaluationResult result = new EvaluationResult(datasetName, protocol.name(), method.name(), metrics, protocol,
                    protocol.seed(), evaluatedUsers, (t1 - t0) / 1e9, (t2 - t1) / 1e9, started.toString());
            LOG.info("{} {} {}: fit {} s, eval {} s, {}", datasetName, protocol.name(), method.name(),
                    String.format("%.1f", result.fitSeconds()), String.format("%.1f", result.evalSeconds()), format(metrics));
            results.add(result);
        }
        Path file = ResultWriter.write(resultsDir, datasetName + "_" + protocol.name() + "_" + STAMP.format(started), results);
        LOG.info("Results written to {} (and .csv)", file);
        return results;
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
