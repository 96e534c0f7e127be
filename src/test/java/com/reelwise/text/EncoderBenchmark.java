package com.reelwise.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import com.reelwise.TestDatasets;
import com.reelwise.runs.Machine;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Throughput and latency of the DJL/PyTorch encoder against ONNX Runtime on the same texts, weights
 * and tokenizer. Not a test: timing belongs here, printed in one run.
 *
 * <pre>
 * OMP_WAIT_POLICY=PASSIVE DJL_OFFLINE=true OPT_OUT_TRACKING=true mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.reelwise.text.EncoderBenchmark -Dai.djl.offline=true \
 *   -Dreelwise.data-dir=/work/shared/datasets [-Dexec.args="1000 200"]
 * </pre>
 *
 * Arguments: number of catalog texts (default 1000), number of single queries (default 200), and
 * {@code synthetic} to use short generated sentences (8-20 words) instead of TMDB overviews.
 *
 * <p>{@code OMP_WAIT_POLICY=PASSIVE} stops PyTorch's OpenMP workers from spin-waiting; on a machine
 * shared with other builds the spinning threads steal each other's cores and PyTorch ran several
 * times slower without it. It must be set in the environment before the JVM starts.
 */
public final class EncoderBenchmark {

    /** Intra-op threads of both engines; {@code -Dthreads=1} for one thread per call, as a request thread would run. */
    private static final int THREADS = Integer.getInteger("threads", 2);
    private static final int BATCH = 32;
    private static final int ROUNDS = 3;

    private EncoderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // must be set before the PyTorch engine starts
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(THREADS));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        int catalogSize = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 200;

        boolean synthetic = args.length > 2 && args[2].equals("synthetic");
        List<String> catalog = synthetic ? generatedTexts(catalogSize) : catalogTexts(catalogSize);
        List<String> queryTexts = catalog.subList(0, Math.min(queries, catalog.size())).stream()
                .map(EncoderBenchmark::firstWords).toList();
        EncoderConfig config = EncoderConfig.defaults().withBatchSize(BATCH);
        Path work = Files.createTempDirectory("encoder-bench");
        try (SentenceEncoder djl = SentenceEncoder.loadPretrained(config);
                OrtReferenceEncoder ort = new OrtReferenceEncoder(config, work, THREADS)) {
            Function<List<String>, float[][]> djlEncode = djl::encode;
            Function<List<String>, float[][]> ortEncode = texts -> {
                try {
                    return ort.encode(texts);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            // warm-up: first calls allocate and pick kernels
            djlEncode.apply(catalog.subList(0, Math.min(64, catalog.size())));
            ortEncode.apply(catalog.subList(0, Math.min(64, catalog.size())));

            System.out.println("Machine: " + Machine.current().describe());
            System.out.printf("Catalog: %d texts, mean %.0f chars; batch %d, %d intra-op threads;"
                            + " OMP_WAIT_POLICY=%s; load avg %s%n",
                    catalog.size(), catalog.stream().mapToInt(String::length).average().orElse(0), BATCH, THREADS,
                    System.getenv("OMP_WAIT_POLICY"), loadAverage());
            // alternate the runs so background load hits both engines alike; keep the best of two
            Run djlRun = new Run(0, Double.MAX_VALUE);
            Run ortRun = new Run(0, Double.MAX_VALUE);
            for (int round = 0; round < ROUNDS; round++) {
                djlRun = djlRun.best(run(djlEncode, catalog));
                ortRun = ortRun.best(run(ortEncode, catalog));
            }
            System.out.printf("Throughput  DJL/PyTorch %.1f sentences/s | ONNX Runtime %.1f sentences/s | ratio %.2fx"
                    + " (best of %d alternating runs)%n", djlRun.perSecond(), ortRun.perSecond(),
                    djlRun.perSecond() / ortRun.perSecond(), ROUNDS);
            // CPU time is far less sensitive to other processes than wall time (not immune: caches are shared)
            System.out.printf("CPU time    DJL/PyTorch %.1f ms/sentence | ONNX Runtime %.1f ms/sentence | ratio %.2fx%n",
                    djlRun.cpuMillisEach(), ortRun.cpuMillisEach(), ortRun.cpuMillisEach() / djlRun.cpuMillisEach());

            double[] djlLatency = latencies(djlEncode, queryTexts);
            double[] ortLatency = latencies(ortEncode, queryTexts);
            System.out.printf("One query (%d short texts)  DJL/PyTorch p50 %.1f ms p99 %.1f ms | ONNX Runtime p50 %.1f ms"
                            + " p99 %.1f ms%n", queryTexts.size(), percentile(djlLatency, 50),
                    percentile(djlLatency, 99), percentile(ortLatency, 50), percentile(ortLatency, 99));
            int tokens = (int) Math.round(percentile(queryTexts.stream().mapToDouble(djl::tokenCount).toArray(), 50));
            double[] gemm = gemmOnly(tokens, queryTexts.size());
            System.out.printf("Matrix products alone (the %d layers' four, %d tokens, DJL linear)  p50 %.1f ms p99 %.1f ms"
                    + " | DJL query p50 / matrix products p50 %.2f | ONNX Runtime query p50 / matrix products p50 %.2f%n",
                    BertConfig.MINI_LM_L6.layers(), tokens, percentile(gemm, 50), percentile(gemm, 99),
                    percentile(djlLatency, 50) / percentile(gemm, 50), percentile(ortLatency, 50) / percentile(gemm, 50));
            System.out.printf("Load avg after: %s%n", loadAverage());
        } finally {
            try (var files = Files.list(work)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(work);
        }
    }

    /** Sentences per wall-clock second and process CPU milliseconds per sentence of one catalog pass. */
    private record Run(double perSecond, double cpuMillisEach) {
        Run best(Run other) {
            return new Run(Math.max(perSecond, other.perSecond), Math.min(cpuMillisEach, other.cpuMillisEach));
        }
    }

    private static Run run(Function<List<String>, float[][]> encode, List<String> texts) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        encode.apply(texts);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(texts.size() / seconds, (os.getProcessCpuTime() - cpu) / 1e6 / texts.size());
    }

    private static double[] latencies(Function<List<String>, float[][]> encode, List<String> texts) {
        double[] millis = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            long start = System.nanoTime();
            encode.apply(List.of(texts.get(i)));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    /**
     * The floor PyTorch's kernels set for one query: only the encoder's matrix products (query/key/value, attention
     * output, intermediate, output; per layer, each layer its own weights as in the model), through the same DJL
     * {@code Linear} call the encoder makes, at the queries' median token count. Milliseconds per pass.
     */
    private static double[] gemmOnly(int tokens, int passes) {
        BertConfig bert = BertConfig.MINI_LM_L6;
        int[][] shapes = {{bert.hidden(), 3 * bert.hidden()}, {bert.hidden(), bert.hidden()},
                {bert.hidden(), bert.intermediate()}, {bert.intermediate(), bert.hidden()}};
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray[][] weights = new NDArray[bert.layers() * shapes.length][];
            NDArray[] inputs = new NDArray[shapes.length];
            for (int s = 0; s < shapes.length; s++) {
                inputs[s] = manager.randomUniform(-1, 1, new Shape(1, tokens, shapes[s][0]));
            }
            for (int l = 0; l < bert.layers(); l++) {
                for (int s = 0; s < shapes.length; s++) {
                    weights[l * shapes.length + s] = new NDArray[] {
                        manager.randomUniform(-0.05f, 0.05f, new Shape(shapes[s][1], shapes[s][0])),
                        manager.randomUniform(-0.05f, 0.05f, new Shape(shapes[s][1]))};
                }
            }
            double[] millis = new double[passes];
            for (int pass = -passes / 4; pass < passes; pass++) {
                long start = System.nanoTime();
                try (NDManager step = manager.newSubManager()) {
                    for (int w = 0; w < weights.length; w++) {
                        Linear.linear(inputs[w % shapes.length], weights[w][0], weights[w][1]).head().attach(step);
                    }
                }
                if (pass >= 0) {
                    millis[pass] = (System.nanoTime() - start) / 1e6;
                }
            }
            return millis;
        }
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String firstWords(String text) {
        String[] words = text.split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(8, words.length)));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "n/a";
        }
    }

    /** Real TMDB overviews where the shared data is present, else generated sentences. */
    static List<String> catalogTexts(int count) throws Exception {
        Path csv = TestDatasets.dir().resolve("tmdb-5000/tmdb_5000_movies.csv");
        List<String> texts = new ArrayList<>();
        if (Files.exists(csv)) {
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
                    String overview = row.isMapped("overview") && row.isSet("overview") ? row.get("overview").trim() : "";
                    if (!overview.isEmpty()) {
                        texts.add(overview);
                    }
                    if (texts.size() == count) {
                        break;
                    }
                }
            }
            System.out.println("Texts: TMDB 5000 overviews from " + csv);
        }
        if (texts.isEmpty()) {
            System.out.println("No " + csv + "; using generated texts");
            return generatedTexts(count);
        }
        return texts;
    }

    static List<String> generatedTexts(int count) {
        System.out.println("Texts: generated sentences of 8-20 words");
        List<String> texts = new ArrayList<>();
        String[] words = {"a", "detective", "haunted", "city", "love", "war", "family", "secret", "journey",
                "robot", "island", "heist", "small", "town", "must", "save", "the", "world", "before", "dawn"};
        Random random = new Random(42);
        while (texts.size() < count) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0, n = 8 + random.nextInt(13); w < n; w++) {
                sb.append(words[random.nextInt(words.length)]).append(' ');
            }
            texts.add(sb.toString().trim());
        }
        return texts;
    }
}
