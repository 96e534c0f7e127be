package com.reelwise.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.reelwise.BenchmarkCommand;
import com.reelwise.eval.DenseEaseMemory;
import com.reelwise.memory.DoesNotFitException;
import com.reelwise.memory.MemoryInfo;
import com.reelwise.ncf.NeuMfConfig;
import com.reelwise.ncf.NeuMfModel;
import com.reelwise.progress.TrainingProgress;
import com.reelwise.progress.TrainingReport;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.LatestHoldout;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import com.reelwise.sequence.DaeConfig;
import com.reelwise.sequence.DaeModel;
import com.reelwise.sequence.HistoryModel;
import com.reelwise.sequence.SasRecConfig;
import com.reelwise.sequence.SasRecModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What one release costs on this machine: load time and memory, the product split, one training epoch of each DJL
 * model, and whether dense EASE fits. One release per JVM, so the peak RSS is that release's.
 *
 * <pre>
 * mvn -q compile exec:java@synthesize -Dexec.args="--data-dir /tmp/scale --ratings 4m"
 * DJL_OFFLINE=true OPT_OUT_TRACKING=true mvn -q test-compile exec:java@bench-scale -Dexec.args="--data /tmp/scale --dataset ml-synth-4m"
 * </pre>
 * NeuMF trains one full epoch over every training pair, or with {@code --neumf-share} over the first people's share of
 * them with the embedding tables at full size (each step costs what it would in the full epoch), extrapolated. The sequential model and the taste autoencoder train one epoch
 * over the first {@code --history-people} histories (default 2,000) and their full epoch is extrapolated from that
 * throughput, said as such. Results: model-training/scale/results/&lt;dataset&gt;.json.
 */
public final class ScaleBenchmark {

    private ScaleBenchmark() {
    }

    @Command(name = "bench-scale", mixinStandardHelpOptions = true, description = "One training epoch of each DJL model on a release: time, samples/s, peak RSS.")
    static final class Options {
        @Option(names = "--data", defaultValue = "/tmp/scale", description = "Folder of the releases (default: ${DEFAULT-VALUE}).")
        Path data;
        @Option(names = "--dataset", description = "Release, e.g. ml-synth-1m (default: the first one found).")
        String name;
        @Option(names = "--models", split = ",", defaultValue = "neumf,sasrec,dae", description = "Models (default: ${DEFAULT-VALUE}).")
        List<String> models;
        @Option(names = "--history-people", defaultValue = "2000", description = "People for the history models (default: ${DEFAULT-VALUE}).")
        int historyPeople;
        @Option(names = "--neumf-share", defaultValue = "1.0", description = "Share of NeuMF's epoch to run (default: ${DEFAULT-VALUE}).")
        double neumfShare;
        @Option(names = "--neumf-lazy", description = "NeuMF's embedding tables updated lazily, only the batch's rows (config lazyEmbeddings).")
        boolean neumfLazy;
        @Option(names = "--results", defaultValue = "model-training/scale/results", description = "Results folder (default: ${DEFAULT-VALUE}).")
        Path out;
    }

    public static void main(String[] args) throws IOException {
        Options options = new Options();
        if (!BenchmarkCommand.parse(options, args)) {
            return;
        }
        Path data = options.data;
        String name = options.name;
        List<String> models = options.models;
        int historyPeople = options.historyPeople;
        double neumfShare = options.neumfShare;
        Path out = options.out;
        Path dataDir = data;
        String wanted = name;
        MovieLensDataset dataset = MovieLensDataset.find(dataDir, wanted)
                .orElseThrow(() -> new IllegalArgumentException("No release '" + wanted + "' in " + dataDir));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("dataset", dataset.name());
        row.put("machine", Runtime.getRuntime().availableProcessors() + " cores, max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
        row.put("ratingsFileMB", Files.size(dataset.ratingsFile()) / 1e6);

        long before = usedHeapAfterGc();
        long t0 = System.nanoTime();
        Ratings ratings = RatingsReader.read(dataset);
        double loadSeconds = seconds(t0);
        long held = usedHeapAfterGc() - before;
        row.put("ratings", ratings.size());
        row.put("people", ratings.users().size());
        row.put("films", ratings.movies().size());
        row.put("loadSeconds", loadSeconds);
        row.put("loadedMB", held / 1e6);
        row.put("bytesPerRating", (double) held / ratings.size());
        System.out.printf("%s: %,d ratings, %,d people, %,d films; loaded in %.1f s, %.0f MB held (%.1f bytes a rating), RSS %,d MB%n",
                dataset.name(), ratings.size(), ratings.users().size(), ratings.movies().size(), loadSeconds, held / 1e6,
                (double) held / ratings.size(), rssMb("VmRSS"));

        t0 = System.nanoTime();
        LatestHoldout split = LatestHoldout.product(ratings);
        Interactions train = split.trainInteractions(ratings.movies().size());
        row.put("splitSeconds", seconds(t0));
        row.put("trainPairs", train.size());
        System.out.printf("  product split (latest 20%% held out): %.1f s, %,d training pairs%n", seconds(t0), train.size());

        row.put("ease", easeVerdict(ratings.movies().size()));
        System.out.println("  EASE: " + row.get("ease"));

        if (models.contains("neumf")) {
            NeuMfConfig config = NeuMfConfig.defaults().withEpochs(1).with("lazyEmbeddings", String.valueOf(options.neumfLazy));
            Interactions none = Interactions.of(train.numUsers(), train.numItems(), new int[0], new int[0]);
            Interactions part = firstPeople(train, neumfShare);
            double share = (double) part.size() / train.size();
            try (NeuMfModel model = new NeuMfModel(config).withProgressBar(true)) {
                model.fit(part, none);
                row.put("neumf", epoch(model.report(), share, (share == 1.0 ? "one full epoch, " + (1 + config.negatives()) + " pairs per training pair"
                        : String.format("one epoch over the first %.0f%% of the training pairs (full-size tables), the full epoch extrapolated",
                        100 * share)) + (config.lazyEmbeddings() ? ", embedding tables updated lazily" : "")));
            }
            System.out.println("  NeuMF: " + row.get("neumf"));
        }
        int[][] histories = split.train();
        int[][] some = Arrays.copyOf(histories, Math.min(historyPeople, histories.length));
        double share = (double) count(some) / count(histories);
        if (models.contains("sasrec")) {
            try (HistoryModel model = SasRecModel.untrained(SasRecConfig.defaults().withEpochs(1), ratings.movies().size())) {
                TrainingReport report = model.fit(some, null, true, TrainingProgress.NONE);
                row.put("sasrec", epoch(report, share, "one epoch over " + some.length + " histories, the full epoch extrapolated"));
            }
            System.out.println("  SASRec (gBCE): " + row.get("sasrec"));
        }
        if (models.contains("dae")) {
            try (HistoryModel model = DaeModel.untrained(DaeConfig.defaults().withEpochs(1), ratings.movies().size())) {
                TrainingReport report = model.fit(some, null, true, TrainingProgress.NONE);
                row.put("dae", epoch(report, share, "one epoch over " + some.length + " histories, the full epoch extrapolated"));
            }
            System.out.println("  Taste autoencoder: " + row.get("dae"));
        }
        row.put("peakRssMB", rssMb("VmHWM"));
        System.out.printf("  peak RSS %,d MB%n", rssMb("VmHWM"));
        Files.createDirectories(out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve(dataset.name() + ".json").toFile(), row);
    }

    /** The harness's own verdict on dense EASE at this size, with this JVM and machine. */
    static String easeVerdict(int films) {
        try {
            DenseEaseMemory.refuseIfTooLarge(films, MemoryInfo.freeHeapBytes(), MemoryInfo.uncommittedHeapBytes(), MemoryInfo.availableBytes());
            return String.format("dense EASE over %,d films fits (%.1f GB per films x films matrix)", films, 4.0 * films * films / 1e9);
        } catch (DoesNotFitException e) {
            return e.getMessage();
        }
    }

    private static Map<String, Object> epoch(TrainingReport report, double share, String how) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("how", how);
        m.put("samples", report.samples());
        m.put("seconds", report.trainSeconds());
        m.put("samplesPerSecond", report.samplesPerSecond());
        m.put("fullEpochSeconds", report.trainSeconds() / share);
        m.put("rssMB", rssMb("VmRSS"));
        return m;
    }

    /** The training pairs of the first people making up {@code share} of them, in tables of the full size (the per-step cost). */
    private static Interactions firstPeople(Interactions train, double share) {
        if (share >= 1) {
            return train;
        }
        long wanted = Math.round(train.size() * share);
        List<Integer> users = new ArrayList<>();
        List<Integer> items = new ArrayList<>();
        for (int u = 0; u < train.numUsers() && users.size() < wanted; u++) {
            for (int item : train.itemsOf(u)) {
                users.add(u);
                items.add(item);
            }
        }
        return Interactions.of(train.numUsers(), train.numItems(), users.stream().mapToInt(Integer::intValue).toArray(),
                items.stream().mapToInt(Integer::intValue).toArray());
    }

    private static long count(int[][] histories) {
        long n = 0;
        for (int[] h : histories) {
            n += h.length;
        }
        return n;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** VmRSS or VmHWM (peak) of this process, MB. */
    static long rssMb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
