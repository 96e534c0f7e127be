package com.reelwise.eval;

import com.reelwise.ratings.MovieLensDataset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line for the offline evaluation:
 * <pre>
 * mvn -q compile exec:java@evaluate -Dexec.args="--data-dir /work/shared/datasets
 *     --datasets ml-latest-small,ml-100k --protocols loo-99neg,full-ranking
 *     --methods popular,itemknn,ease,mf --results model-training/results --seed 42"
 * </pre>
 * External split: {@code --train f.train.rating --test f.test.rating [--negatives f.test.negative]
 * --datasets name}. Other options: {@code --threads 2}, {@code --threshold 0}. Protocol {@code cold-start}
 * ({@link ColdStartEvaluation}) always adds its reference methods popular-tmdb and random.
 */
public final class EvaluateMain {

    private EvaluateMain() {
    }

    public static void main(String[] args) {
        run(args, List.of());
    }

    /** Runs with the baselines plus {@code extra} methods (e.g. NeuMF) selectable by name. */
    public static List<EvaluationResult> run(String[] args, List<NamedModel> extra) {
        return run(args, extra, null);
    }

    /**
     * As {@link #run(String[], List)}, with an ILD@10 column from {@code itemVectors} (null: none), and
     * one sweep file per data set for methods that are {@link SweptModel}s.
     */
    public static List<EvaluationResult> run(String[] args, List<NamedModel> extra, ItemVectors itemVectors) {
        Instant started = Instant.now();
        Map<String, String> options = parse(args);
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        float threshold = Float.parseFloat(options.getOrDefault("threshold", "0"));
        Path results = Path.of(options.getOrDefault("results", "model-training/results"));
        List<String> datasets = list(options.getOrDefault("datasets", "ml-latest-small"));
        List<String> protocols = list(options.getOrDefault("protocols", Protocol.LOO_99NEG + "," + Protocol.FULL_RANKING));
        List<NamedModel> methods = new ArrayList<>();
        for (String name : list(options.getOrDefault("methods", "popular,itemknn,ease,mf"))) {
            methods.add(extra.stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst()
                    .orElseGet(() -> Baselines.named(name)));
        }
        EvaluationRunner runner = new EvaluationRunner(results, threads, itemVectors);
        List<EvaluationResult> all = new ArrayList<>();
        for (String protocolName : protocols) {
            Protocol named = Protocol.named(protocolName, seed);
            // cold-start's threshold defines "liked a held-out movie"; --threshold is about positives of the other protocols
            Protocol protocol = named.coldStart() ? named : named.withRatingThreshold(threshold);
            if (options.containsKey("train")) {
                Split split = ExternalSplit.read(Path.of(options.get("train")), Path.of(options.get("test")),
                        options.containsKey("negatives") ? Path.of(options.get("negatives")) : null, protocol);
                all.addAll(runner.run(datasets.get(0), split, protocol, methods));
                continue;
            }
            Path dataDir = Path.of(options.getOrDefault("data-dir", "../shared/datasets"));
            for (String name : datasets) {
                MovieLensDataset dataset = MovieLensDataset.find(dataDir, name)
                        .orElseThrow(() -> new IllegalArgumentException("No data set " + name + " under " + dataDir));
                all.addAll(protocol.coldStart()
                        ? new ColdStartEvaluation(results, dataDir, itemVectors).run(dataset, protocol, methods)
                        : runner.run(dataset, protocol, methods));
            }
        }
        SweepWriter.write(results, all, started).forEach(f -> System.out.println("Sweep written to " + f));
        System.out.println();
        System.out.println("dataset | protocol | method | metrics | fit s | eval s");
        for (EvaluationResult r : all) {
            System.out.printf("%s | %s | %s | %s | %.1f | %.1f%n", r.dataset(), r.protocol(), r.method(),
                    EvaluationRunner.format(r.metrics()), r.fitSeconds(), r.evalSeconds());
        }
        return all;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --option value pairs, got " + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
