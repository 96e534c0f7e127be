package com.reelwise.eval;

import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import com.reelwise.runs.Machine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Command line for the offline evaluation:
 * <pre>
 * mvn -q compile exec:java@evaluate -Dexec.args="--data-dir ../shared/datasets
 *     --datasets ml-latest-small,ml-100k --protocols loo-99neg,full-ranking
 *     --methods popular,itemknn,ease,ease-recency,mf,hybrid --results model-training/eval/results --seed 42"
 * </pre>
 * A split made elsewhere, with MovieLens ids ({@link CsvSplit}): {@code --dataset ml-latest-small --split-csv F
 * [--negatives-csv F]}; in the NCF reference's dense-id format ({@link ExternalSplit}): {@code --train F --test F
 * [--negatives F]}. Protocol {@code cold-start} ({@link ColdStartEvaluation}) always adds its reference
 * methods popular-tmdb and random. Prints one summary line per method and writes the results files.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluates recommenders under standard protocols and writes JSON and CSV results.")
public final class EvaluateMain implements Callable<List<EvaluationResult>> {

    @Option(names = "--data-dir", defaultValue = "../shared/datasets", description = "Folder holding the MovieLens releases (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = {"--datasets", "--dataset"}, split = ",", defaultValue = "ml-latest-small",
            description = "MovieLens releases, comma-separated (default: ${DEFAULT-VALUE}); with --train the label of the external split.")
    List<String> datasets;

    @Option(names = "--protocols", split = ",", defaultValue = Protocol.LOO_99NEG + "," + Protocol.FULL_RANKING,
            description = "loo-99neg, full-ranking, cold-start, full-ranking-released, cold-start-released (default: ${DEFAULT-VALUE}).")
    List<String> protocols;

    @Option(names = "--methods", split = ",", defaultValue = "popular,itemknn,ease,mf", description = "Methods (default: ${DEFAULT-VALUE}).")
    List<String> methods;

    @Option(names = "--results", defaultValue = "model-training/results", description = "Results folder (default: ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--seed", defaultValue = "42", description = "Split, sampling and model seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "2", description = "Threads scoring test users (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--threshold", defaultValue = "0", description = "Ratings at or above are positives; 0 keeps every rating (default: ${DEFAULT-VALUE}).")
    float threshold;

    @Option(names = "--split-csv", description = "External split with MovieLens ids: userId,itemId,rating,timestamp,part.")
    Path splitCsv;

    @Option(names = "--negatives-csv", description = "Its loo-99neg negatives: userId,stage,heldout_itemId,neg_1,...")
    Path negativesCsv;

    @Option(names = "--train", description = "External split in the NCF reference format (dense ids): train file.")
    Path train;

    @Option(names = "--test", description = "Its test file.")
    Path test;

    @Option(names = "--negatives", description = "Its test.negative file.")
    Path negatives;

    private final List<NamedModel> extra;
    private final ItemVectors itemVectors;

    private EvaluateMain(List<NamedModel> extra, ItemVectors itemVectors) {
        this.extra = extra;
        this.itemVectors = itemVectors;
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
     *
     * @throws IllegalArgumentException with picocli's sentence when the arguments are wrong
     */
    public static List<EvaluationResult> run(String[] args, List<NamedModel> extra, ItemVectors itemVectors) {
        EvaluateMain command = new EvaluateMain(extra, itemVectors);
        CommandLine line = new CommandLine(command);
        try {
            CommandLine.ParseResult parsed = line.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return List.of();
            }
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage() + "\n" + line.getUsageMessage(), e);
        }
        return command.call();
    }

    @Override
    public List<EvaluationResult> call() {
        Instant started = Instant.now();
        // the trained methods' rows depend on the host's kernels (runs/Machine says why)
        Machine machine = Machine.current();
        System.out.println("Evaluating on " + machine.describe());
        machine.unrepeatableTraining().ifPresent(System.out::println);
        List<NamedModel> chosen = new ArrayList<>();
        for (String name : methods) {
            chosen.add(extra.stream().filter(m -> m.name().equalsIgnoreCase(name.trim())).findFirst()
                    .orElseGet(() -> Baselines.named(name.trim())));
        }
        EvaluationRunner runner = new EvaluationRunner(results, threads, itemVectors);
        List<EvaluationResult> all = new ArrayList<>();
        for (String protocolName : protocols) {
            Protocol named = Protocol.named(protocolName.trim(), seed);
            // cold-start's threshold defines "liked a held-out movie"; --threshold is about positives of the other protocols
            Protocol protocol = named.coldStart() ? named : named.withRatingThreshold(threshold);
            if (train != null) {
                Split split = ExternalSplit.read(train, test, negatives, protocol);
                all.addAll(runner.run(datasets.get(0), split, protocol, chosen));
                continue;
            }
            if (splitCsv != null) {
                MovieLensDataset dataset = dataset(datasets.get(0));
                Ratings ratings = RatingsReader.read(dataset);
                Split split = CsvSplit.read(splitCsv, negativesCsv, ratings, protocol);
                all.addAll(runner.run(dataset, ratings, split, protocol, chosen));
                continue;
            }
            for (String name : datasets) {
                MovieLensDataset dataset = dataset(name);
                all.addAll(protocol.coldStart()
                        ? new ColdStartEvaluation(results, dataDir, itemVectors).run(dataset, protocol, chosen)
                        : runner.run(dataset, protocol, chosen));
            }
        }
        SweepWriter.write(results, all, started).forEach(f -> System.out.println("Sweep written to " + f));
        System.out.println();
        System.out.println("dataset | protocol | method | metrics | fit s | eval s");
        for (EvaluationResult r : all) {
            System.out.printf("%s | %s | %s | %s | %.1f | %.1f%n", r.dataset(), r.protocol(), r.method(),
                    EvaluationRunner.format(r.metrics()), r.fitSeconds(), r.evalSeconds());
        }
        printIntervals(all);
        return all;
    }

    /** Each method against the {@link Baselines#REFERENCES} of the same run, user by user, with paired bootstrap intervals. */
    private void printIntervals(List<EvaluationResult> all) {
        for (String reference : Baselines.REFERENCES) {
            for (EvaluationResult base : all) {
                if (!base.method().equals(reference) || base.perUser().isEmpty()) {
                    continue;
                }
                System.out.printf("%nagainst %s, %s %s (paired bootstrap, %d resamples, 95%% interval of the difference; "
                        + "an interval holding 0 is a tie):%n", reference, base.dataset(), base.protocol(), PairedBootstrap.RESAMPLES);
                for (EvaluationResult other : all) {
                    if (other == base || !other.dataset().equals(base.dataset()) || !other.protocol().equals(base.protocol())
                            || !other.date().equals(base.date()) || other.perUser().isEmpty()) {
                        continue;
                    }
                    StringBuilder line = new StringBuilder(String.format("  %-16s", other.method()));
                    base.perUser().forEach((metric, values) -> {
                        double[] mine = other.perUser().get(metric);
                        if (mine != null && mine.length == values.length) {
                            PairedBootstrap.Interval i = PairedBootstrap.of(mine, values, seed);
                            line.append(String.format(java.util.Locale.ROOT, "  %s %+.4f [%+.4f, %+.4f]%s", metric, i.difference(), i.low(), i.high(),
                                    i.better() ? " better" : i.worse() ? " worse" : " tie"));
                        }
                    });
                    System.out.println(line);
                }
            }
        }
    }

    private MovieLensDataset dataset(String name) {
        return MovieLensDataset.find(dataDir, name.trim())
                .orElseThrow(() -> new IllegalArgumentException("No data set " + name + " under " + dataDir.toAbsolutePath()));
    }
}
