package com.reelwise.sequence;

import com.reelwise.BenchmarkCommand;
import com.reelwise.progress.TrainingProgress;
import com.reelwise.progress.TrainingReport;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import com.reelwise.ratings.TimeOrder;
import com.reelwise.runs.Machine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Training throughput of the sequential model beside the PyTorch reference ({@code ../shared/bench/pytorch-sasrec}),
 * the same model, data, batch, length bucketing, loss and threads, alternating runs (Java, Python, Java, …) so
 * the machine's state drifts over both alike. A sample is one non-padded (position, next film) pair; samples/s
 * counts the mini-batch loop only (batch assembly, forward, backward, Adam step).
 * <pre>
 * mvn -q test-compile exec:java@bench-sequence -Dexec.args="--data ../shared/datasets --dataset ml-latest-small --runs 3 --epochs 2 --loss ce"
 * </pre>
 * With {@code --serving models/sequence/<run>} it measures serving instead: 10,000 people of 3-10 films (drawn from
 * the catalogue with a fixed seed), each scored over the whole catalogue in one forward pass; p50/p99 latency on
 * one thread, and the NDArrays on the model's manager before and after (a leak grows them).
 */
public final class SequenceBenchmark {

    private static final Pattern EPOCH = Pattern.compile("epoch (\\d+) loss ([\\d.]+) ([\\d.]+)s (\\d+) inst/s");

    private SequenceBenchmark() {
    }

    @Command(name = "bench-sequence", mixinStandardHelpOptions = true,
            description = "The sequential model's training throughput beside the PyTorch reference, or its serving cost.")
    static final class Options {
        @Option(names = "--data", defaultValue = "../shared/datasets", description = "Data sets folder (default: ${DEFAULT-VALUE}).")
        Path data;
        @Option(names = "--dataset", defaultValue = "ml-latest-small", description = "Release (default: ${DEFAULT-VALUE}).")
        String dataset;
        @Option(names = "--runs", defaultValue = "3", description = "Alternating runs (default: ${DEFAULT-VALUE}).")
        int runs;
        @Option(names = "--epochs", defaultValue = "2", description = "Epochs per run (default: ${DEFAULT-VALUE}).")
        int epochs;
        @Option(names = "--loss", defaultValue = SasRecConfig.CROSS_ENTROPY, description = "Loss (default: ${DEFAULT-VALUE}).")
        String loss;
        @Option(names = "--reference", defaultValue = "../shared/bench/pytorch-sasrec/sasrec_epoch.py",
                description = "The PyTorch reference script (default: ${DEFAULT-VALUE}).")
        Path reference;
        @Option(names = "--serving", description = "Only the serving cost of the model saved in this folder.")
        Path serving;
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options();
        if (!BenchmarkCommand.parse(options, args)) {
            return;
        }
        if (options.serving != null) {
            serving(options.serving);
            return;
        }
        Path data = options.data;
        String dataset = options.dataset;
        int runs = options.runs;
        int epochs = options.epochs;
        String loss = options.loss;
        Path reference = options.reference;
        MovieLensDataset release = MovieLensDataset.find(data, dataset).orElseThrow();
        Ratings ratings = RatingsReader.read(release);
        int[][] histories = TimeOrder.of(ratings, 0f);
        SasRecConfig config = SasRecConfig.defaults().with("loss", loss).withEpochs(epochs).with("patience", "0");
        Path ratingsFile = release.ratingsFile();
        String threads = System.getProperty("ai.djl.pytorch.num_threads", "2");
        System.out.println("Machine: " + Machine.current().describe());
        System.out.printf(Locale.ROOT, "Sequential model training throughput, %s (%d people), width %d, %d blocks, %d head, length %d, batch %d, "
                        + "loss %s, %s threads; %d alternating runs of %d epochs each%n", dataset, histories.length, config.hidden(),
                config.blocks(), config.heads(), config.maxLength(), config.batchSize(), loss, threads, runs, epochs);
        List<Double> java = new ArrayList<>();
        List<Double> python = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            try (SasRecModel model = SasRecModel.untrained(config, ratings.movies().size())) {
                TrainingReport report = model.fit(histories, null, false, TrainingProgress.NONE);
                java.add(report.samplesPerSecond());
                System.out.printf(Locale.ROOT, "run %d  DJL    %,10.0f samples/s  (%d samples in %.1f s of gradient steps)%n", r,
                        report.samplesPerSecond(), report.samples(), report.trainSeconds());
            }
            double py = python(reference, ratingsFile, epochs, loss, threads);
            python.add(py);
            System.out.printf(Locale.ROOT, "run %d  PyTorch %,9.0f samples/s%n", r, py);
        }
        double j = median(java);
        double p = median(python);
        System.out.printf(Locale.ROOT, "median: DJL %,.0f samples/s, PyTorch %,.0f samples/s, ratio DJL/PyTorch %.2f%n", j, p, j / p);
    }

    /** Serving latency over the whole catalogue and the array count, on one thread. */
    private static void serving(Path artifact) {
        int requests = 10_000;
        int warmup = 500;
        try (SequenceScorer scorer = SequenceScorer.load(artifact)) {
            int[] ids = scorer.movieIds();
            java.util.Random random = new java.util.Random(42);
            long[] nanos = new long[requests];
            int before = -1;
            double sink = 0;
            for (int r = -warmup; r < requests; r++) {
                if (r == 0) {
                    before = scorer.managedArrayCount();
                }
                List<Integer> history = new ArrayList<>();
                int n = 3 + random.nextInt(8);
                for (int k = 0; k < n; k++) {
                    history.add(ids[random.nextInt(ids.length)]);
                }
                long t0 = System.nanoTime();
                float[] logits = scorer.logits(history);
                long t = System.nanoTime() - t0;
                sink += logits[0];
                if (r >= 0) {
                    nanos[r] = t;
                }
            }
            java.util.Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "Next watch serving, %s: %,d films, %,d people of 3-10 films after %d warm-up, one thread: "
                            + "p50 %.2f ms, p99 %.2f ms, max %.2f ms; NDArrays on the model's manager %d before, %d after (checksum %.3f)%n",
                    artifact.getFileName(), ids.length, requests, warmup, nanos[requests / 2] / 1e6, nanos[(int) Math.ceil(0.99 * requests) - 1] / 1e6,
                    nanos[requests - 1] / 1e6, before, scorer.managedArrayCount(), sink);
        }
    }

    /** Mean samples/s over the reference's epochs. */
    private static double python(Path script, Path ratings, int epochs, String loss, String threads) throws Exception {
        Process process = new ProcessBuilder("/usr/bin/python3", script.toString(), ratings.toString(), "--epochs", Integer.toString(epochs),
                "--loss", loss, "--threads", threads).redirectErrorStream(true).start();
        List<Double> perEpoch = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = EPOCH.matcher(line);
                if (m.find()) {
                    perEpoch.add(Double.parseDouble(m.group(4)));
                }
            }
        }
        if (process.waitFor() != 0 || perEpoch.isEmpty()) {
            throw new IllegalStateException("The PyTorch reference failed (exit " + process.exitValue() + "); it needs Debian's python3-torch");
        }
        return perEpoch.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
