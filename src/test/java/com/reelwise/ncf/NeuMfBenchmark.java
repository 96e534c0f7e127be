package com.reelwise.ncf;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.RatingsReader;
import com.reelwise.runs.Machine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures NeuMF on one MovieLens release: training throughput against a bare DJL loop in the
 * same JVM, full-training wall time, fold-in and full-catalogue scoring latency, and native memory
 * over 10,000 scoring requests; with {@code --vs-pytorch}, training throughput against the Python reference in
 * alternating rounds; with {@code --phases}, the bare loop's time per step by phase. See model-training/ncf/README.md.
 */
@Command(name = "ncf-benchmark", mixinStandardHelpOptions = true,
        description = "NeuMF training throughput against a bare DJL loop, fold-in and scoring latency, native memory.")
public final class NeuMfBenchmark implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "The folder holding MovieLens releases.")
    private Path data;

    @Option(names = "--dataset", defaultValue = "ml-latest-small", description = "Release (default: ${DEFAULT-VALUE}).")
    private String datasetName;

    @Option(names = "--artifact", description = "A trained NeuMF folder: skips the full training.")
    private Path artifact;

    @Option(names = "--requests", defaultValue = "10000", description = "Scoring requests (default: ${DEFAULT-VALUE}).")
    private int requests;

    @Option(names = "--serving-only", description = "Only the serving measurements (needs --artifact).")
    private boolean servingOnly;

    @Option(names = "--vs-pytorch", description = "Folder of the PyTorch reference (neumf_epoch.py, e.g. ../shared/bench/pytorch-neumf): "
            + "only the training throughput, one product epoch and one reference epoch in turn.")
    private Path pytorch;

    @Option(names = "--rounds", defaultValue = "5", description = "Alternating rounds with --vs-pytorch (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--phases", description = "Only the bare DJL loop, with the time per step of each phase.")
    private boolean phases;

    @Option(names = "--reference-wait-policy", description = "OMP_WAIT_POLICY for the PyTorch reference only (default: this JVM's).")
    private String referenceWaitPolicy;

    public static void main(String[] args) {
        System.setProperty("ai.djl.pytorch.num_threads", System.getProperty("ai.djl.pytorch.num_threads", "2"));
        System.setProperty("ai.djl.pytorch.num_interop_threads", System.getProperty("ai.djl.pytorch.num_interop_threads", "1"));
        int code = new CommandLine(new NeuMfBenchmark()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws IOException {
        final String name = datasetName;
        MovieLensDataset dataset = MovieLensDataset.find(data, name).orElseThrow(() -> new IllegalArgumentException("No release " + name));
        System.out.println("Machine: " + Machine.current().describe());
        // cores and PyTorch threads are on the Machine line
        System.out.printf("NeuMF benchmark on %s, OMP_WAIT_POLICY=%s%n", dataset.name(), System.getenv("OMP_WAIT_POLICY"));
        Interactions train = Interactions.fromRatings(RatingsReader.read(dataset), 0f);
        NeuMfConfig config = NeuMfConfig.defaults().withEpochs(1);

        if (phases) {
            plainLoop(train, config, 400);
            return 0;
        }
        if (pytorch != null) {
            versusPytorch(dataset, train, config);
            return 0;
        }
        if (servingOnly && artifact != null) {
            serving(artifact, requests);
            return 0;
        }
        // Alternate the two loops and take medians: other jobs share these cores, so single runs swing by 30%+.
        int rounds = 3;
        double[] plain = new double[rounds];
        double[] product = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            plain[r] = plainLoop(train, config, 400);
            try (NeuMfModel model = new NeuMfModel(config)) {
                model.fit(train, Interactions.of(train.numUsers(), train.numItems(), new int[0], new int[0]));
                product[r] = model.report().samplesPerSecond();
                System.out.printf("round %d: plain DJL loop %.0f samples/s, product pipeline %.0f samples/s (gradient steps), %.0f samples/s incl. negative sampling%n",
                        r + 1, plain[r], product[r], model.report().samples() / model.report().totalSeconds());
            }
        }
        System.out.printf("training throughput, batch %d: product median %.0f samples/s, plain DJL loop median %.0f samples/s, ratio %.2f%n",
                config.batchSize(), median(product), median(plain), median(product) / median(plain));

        if (artifact == null) {
            Path out = Files.createTempDirectory("neumf-bench");
            long t0 = System.nanoTime();
            TrainNeuMf.Result result = TrainNeuMf.train(data, name, out, out.resolve("runs"), NeuMfConfig.defaults(), false);
            System.out.printf("full training (default config) wall time %.1f s; metrics %s%n", (System.nanoTime() - t0) / 1e9, result.metrics());
            artifact = result.artifactDir();
        }
        serving(artifact, requests);
        return 0;
    }

    /**
     * A B A B …: one epoch of the product's loop ({@link NeuMfModel#fit}), then one of the Python reference on the same
     * ratings file, same model, batch, negatives, optimiser and 2 threads; samples/s of the gradient steps of each
     * (negative sampling excluded on both sides), their medians and the ratio.
     */
    private void versusPytorch(MovieLensDataset dataset, Interactions train, NeuMfConfig config) throws IOException {
        Path script = pytorch.resolve("neumf_epoch.py");
        if (!Files.isRegularFile(script)) {
            throw new IllegalArgumentException("No neumf_epoch.py in " + pytorch.toAbsolutePath());
        }
        double[] product = new double[rounds];
        double[] reference = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            try (NeuMfModel model = new NeuMfModel(config)) {
                model.fit(train, Interactions.of(train.numUsers(), train.numItems(), new int[0], new int[0]));
                product[r] = model.report().samplesPerSecond();
            }
            reference[r] = pythonEpoch(script, dataset.ratingsFile(), referenceWaitPolicy);
            System.out.printf("round %d: product (DJL, PyTorch %s, OMP_WAIT_POLICY=%s) %.0f samples/s, reference (Debian's PyTorch, "
                            + "OMP_WAIT_POLICY=%s) %.0f samples/s, ratio %.2f%n", r + 1, ai.djl.engine.Engine.getInstance().getVersion(),
                    System.getenv("OMP_WAIT_POLICY"), product[r], referenceWaitPolicy == null ? System.getenv("OMP_WAIT_POLICY") : referenceWaitPolicy,
                    reference[r], product[r] / reference[r]);
        }
        System.out.printf("NeuMF training on %s (%,d positives x 5 per epoch), batch %d, 2 threads, median of %d alternating rounds: "
                        + "product %.0f samples/s, PyTorch reference %.0f samples/s, ratio %.2f (bar: >= 1.00)%n",
                dataset.name(), train.size(), config.batchSize(), rounds, median(product), median(reference), median(product) / median(reference));
    }

    /** One epoch of the Python reference with Debian's interpreter and 2 threads; its samples/s of the gradient steps. */
    private static double pythonEpoch(Path script, Path ratings, String waitPolicy) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/python3", script.toString(), ratings.toString(), "1").redirectErrorStream(true);
        builder.environment().put("OMP_NUM_THREADS", "2");
        if (waitPolicy != null) {
            builder.environment().put("OMP_WAIT_POLICY", waitPolicy);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the PyTorch reference ran", e);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("pytorch epoch \\d+: (\\d+) samples/s").matcher(output);
        if (process.exitValue() != 0 || !m.find()) {
            throw new IOException("The PyTorch reference did not report its speed (is python3-torch installed?):\n" + output);
        }
        return Double.parseDouble(m.group(1));
    }

    /** The reference: the same network, pre-drawn random batches, nothing but forward/backward/step. */
    private static double plainLoop(Interactions train, NeuMfConfig config, int batches) {
        int batch = config.batchSize();
        Random random = new Random(1);
        Engine.getInstance().setRandomSeed(1);
        try (Model model = Model.newInstance("plain")) {
            model.setBlock(NeuMfBlock.create(config, train.numUsers(), train.numItems()));
            DefaultTrainingConfig training = new DefaultTrainingConfig(Loss.sigmoidBinaryCrossEntropyLoss())
                    .optOptimizer(Adam.builder().optLearningRateTracker(Tracker.fixed(config.learningRate())).build());
            try (Trainer trainer = model.newTrainer(training)) {
                trainer.initialize(NeuMfBlock.inputShapes(batch));
                int[] u = new int[batch];
                int[] i = new int[batch];
                float[] y = new float[batch];
                long start = 0;
                int warmup = 20;
                long[] phases = new long[5];
                for (int b = 0; b < batches + warmup; b++) {
                    if (b == warmup) {
                        start = System.nanoTime();
                    }
                    for (int k = 0; k < batch; k++) {
                        u[k] = random.nextInt(train.numUsers());
                        i[k] = random.nextInt(train.numItems());
                        y[k] = k % 5 == 0 ? 1f : 0f;
                    }
                    long t0 = System.nanoTime();
                    try (NDManager arrays = trainer.getManager().newSubManager()) {
                        NDArray users = arrays.create(u);
                        NDArray items = arrays.create(i);
                        NDArray labels = arrays.create(y);
                        long t1 = System.nanoTime();
                        long t3;
                        long t2;
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            NDArray loss = trainer.getLoss().evaluate(new NDList(labels), trainer.forward(new NDList(users, items)));
                            t2 = System.nanoTime();
                            collector.backward(loss);
                            t3 = System.nanoTime();
                        }
                        long t4 = System.nanoTime();
                        trainer.step();
                        long t5 = System.nanoTime();
                        if (b >= warmup) {
                            phases[0] += t1 - t0;
                            phases[1] += t2 - t1;
                            phases[2] += t3 - t2;
                            phases[3] += t4 - t3;
                            phases[4] += t5 - t4;
                        }
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("  bare DJL loop, ms per step: batch to NDArrays %.3f, forward + loss %.3f, backward %.3f, "
                                + "gradient collector close %.3f, optimiser step %.3f, total %.3f%n", phases[0] / 1e6 / batches,
                        phases[1] / 1e6 / batches, phases[2] / 1e6 / batches, phases[3] / 1e6 / batches, phases[4] / 1e6 / batches,
                        seconds * 1e3 / batches);
                return (double) batches * batch / seconds;
            }
        }
    }

    private static void serving(Path artifact, int requests) {
        try (NeuMfRecommender recommender = NeuMfRecommender.load(artifact)) {
            int[] movieIds = recommender.movieIds();
            Random random = new Random(3);
            // Fold-in: five liked movies and one disliked, from the first 2,000 catalogue entries (mostly known films).
            List<Long> foldIn = new ArrayList<>();
            for (int r = 0; r < 1100; r++) {
                List<Integer> liked = new ArrayList<>();
                for (int k = 0; k < 5; k++) {
                    liked.add(movieIds[random.nextInt(Math.min(2000, movieIds.length))]);
                }
                List<Integer> disliked = List.of(movieIds[random.nextInt(movieIds.length)]);
                long t0 = System.nanoTime();
                recommender.foldIn(liked, disliked);
                if (r >= 100) {
                    foldIn.add(System.nanoTime() - t0);
                }
            }
            report("fold-in (5 liked, 1 disliked) + score all " + movieIds.length + " movies", foldIn);
            djlFoldInComparison(artifact, movieIds.length);

            int[] userIds = readUserIds(artifact);
            System.gc();
            long rssBefore = rssKb();
            int arraysBefore = recommender.managedArrayCount();
            for (int r = 0; r < 200; r++) {
                recommender.scoresForUser(userIds[random.nextInt(userIds.length)]);
            }
            System.gc();
            long rssWarm = rssKb();
            List<Long> scoring = new ArrayList<>();
            for (int r = 1; r <= requests; r++) {
                long t0 = System.nanoTime();
                recommender.scoresForUser(userIds[random.nextInt(userIds.length)]);
                scoring.add(System.nanoTime() - t0);
                if (r % 10_000 == 0) {
                    System.out.printf("  after %d requests: VmRSS %d MB%n", r, rssKb() / 1024);
                }
            }
            System.gc();
            long rssAfter = rssKb();
            report("existing user, full-catalogue scoring (DJL forward)", scoring);
            System.out.printf("memory: VmRSS %d MB before warm-up, %d MB after 200 warm-up requests, %d MB after %d more requests (drift %+d MB);"
                            + " NDArrays on the model manager %d before, %d after; Java heap used after GC %d MB%n",
                    rssBefore / 1024, rssWarm / 1024, rssAfter / 1024, requests, (rssAfter - rssWarm) / 1024,
                    arraysBefore, recommender.managedArrayCount(), heapUsedMb());
        }
    }

    /**
     * The road not taken, measured: the same fold-in (40 Adam steps, 5 likes + 20 sampled negatives)
     * as a DJL graph with autograd, on a separately loaded, frozen copy of the model. Scoring excluded.
     */
    private static void djlFoldInComparison(Path artifact, int numItems) {
        try (NeuMfRecommender copy = NeuMfRecommender.load(artifact)) {
            Model model = copy.djlModel();
            NeuMfBlock block = (NeuMfBlock) model.getBlock();
            block.freezeParameters(true);
            NeuMfConfig config = copy.config();
            Random random = new Random(4);
            List<Long> times = new ArrayList<>();
            for (int r = 0; r < 220; r++) {
                long t0 = System.nanoTime();
                try (NDManager arrays = model.getNDManager().newSubManager()) {
                    ParameterStore store = new ParameterStore(arrays, false);
                    NDArray gu = arrays.zeros(new ai.djl.ndarray.types.Shape(1, config.factors()));
                    NDArray mu = arrays.zeros(new ai.djl.ndarray.types.Shape(1, config.mlpEmbedding()));
                    NDArray[] moments = {arrays.zeros(gu.getShape()), arrays.zeros(gu.getShape()), arrays.zeros(mu.getShape()), arrays.zeros(mu.getShape())};
                    int n = 25;
                    int[] items = new int[n];
                    float[] labels = new float[n];
                    for (int step = 1; step <= config.foldInSteps(); step++) {
                        for (int k = 0; k < n; k++) {
                            items[k] = random.nextInt(numItems);
                            labels[k] = k < 5 ? 1f : 0f;
                        }
                        gu.setRequiresGradient(true);
                        mu.setRequiresGradient(true);
                        NDArray itemArray = arrays.create(items);
                        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                            NDArray gi = ai.djl.nn.core.Embedding.embedding(itemArray, block.table(NeuMfBlock.GMF_ITEM).getArray(),
                                    ai.djl.ndarray.types.SparseFormat.DENSE).singletonOrThrow();
                            NDArray mi = ai.djl.nn.core.Embedding.embedding(itemArray, block.table(NeuMfBlock.MLP_ITEM).getArray(),
                                    ai.djl.ndarray.types.SparseFormat.DENSE).singletonOrThrow();
                            NDArray mlp = block.tower().forward(store, new NDList(mu.broadcast(n, config.mlpEmbedding()).concat(mi, 1)), false).singletonOrThrow();
                            NDArray logits = block.predict().forward(store, new NDList(gi.mul(gu).concat(mlp, 1)), false).singletonOrThrow();
                            collector.backward(Loss.sigmoidBinaryCrossEntropyLoss().evaluate(new NDList(arrays.create(labels)), new NDList(logits)));
                        }
                        gu = adam(gu, moments[0], moments[1], step, config.foldInLearningRate());
                        mu = adam(mu, moments[2], moments[3], step, config.foldInLearningRate());
                    }
                }
                if (r >= 20) {
                    times.add(System.nanoTime() - t0);
                }
            }
            report("for comparison: the same fold-in as a DJL autograd graph (no scoring)", times);
        }
    }

    private static NDArray adam(NDArray x, NDArray m, NDArray v, int step, float lr) {
        NDArray g = x.getGradient();
        m.muli(0.9f).addi(g.mul(0.1f));
        v.muli(0.999f).addi(g.square().mul(0.001f));
        NDArray mHat = m.div(1 - Math.pow(0.9, step));
        NDArray vHat = v.div(1 - Math.pow(0.999, step));
        return x.sub(mHat.mul(lr).div(vHat.sqrt().add(1e-8f)));
    }

    private static int[] readUserIds(Path artifact) {
        try {
            return Files.readAllLines(artifact.resolve(NeuMfArtifacts.USERS)).stream().mapToInt(Integer::parseInt).toArray();
        } catch (IOException e) {
            throw new NeuMfArtifactException("Cannot read " + NeuMfArtifacts.USERS + " in " + artifact, e);
        }
    }

    private static void report(String what, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s: p50 %.2f ms, p99 %.2f ms over %d requests%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long heapUsedMb() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    /** Resident set size from /proc/self/status (Linux), in kB; -1 elsewhere. */
    static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
