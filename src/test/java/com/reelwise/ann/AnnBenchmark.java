package com.reelwise.ann;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.reelwise.BenchmarkCommand;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.catalog.TestMovies;
import com.reelwise.eval.Metrics;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.EmbeddingMatrix;
import com.reelwise.text.CatalogEmbeddings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * HNSW (Lucene) against exact scoring for the content method's candidates, at catalog sizes past ours: recall@k of the
 * index against the exact top k, and single-thread latency of each, over the same profile queries.
 * <p>
 * Vectors: the fine-tuned encoder's real catalog embeddings (19k films); a larger catalog adds films whose vector is
 * a unit-length blend of two real films plus noise ({@code 0.7a + 0.3b + N(0, 0.03²)} per dimension), so the space
 * keeps the real one's clusters. Queries: the content profile of 3-10 random films (the mean of their vectors).
 * Exact: the served path ({@link EmbeddingMatrix#scoreAll} then {@link Metrics#topK}).
 *
 * <pre>
 * mvn -q test-compile exec:java@bench-ann -Dexec.args="--models models [--dataset ml-latest-small] [--sizes 10000,50000,90000] [--queries 1000] [--k 100]"
 * </pre>
 */
public final class AnnBenchmark {

    private static final int WARMUP = 200;

    private AnnBenchmark() {
    }

    @Command(name = "bench-ann", mixinStandardHelpOptions = true, description = "HNSW against exact scoring: recall@k and latency by catalog size.")
    static final class Options {
        @Option(names = "--models", defaultValue = "models", description = "Models folder (default: ${DEFAULT-VALUE}).")
        Path models;
        @Option(names = "--dataset", defaultValue = "ml-latest-small", description = "Release (default: ${DEFAULT-VALUE}).")
        String dataset;
        @Option(names = "--sizes", split = ",", defaultValue = "10000,50000,90000", description = "Catalog sizes (default: ${DEFAULT-VALUE}).")
        int[] sizes;
        @Option(names = "--queries", defaultValue = "1000", description = "Queries per size (default: ${DEFAULT-VALUE}).")
        int queries;
        @Option(names = "--k", defaultValue = "100", description = "Neighbours (default: ${DEFAULT-VALUE}).")
        int k;
        @Option(names = "--beams", split = ",", defaultValue = "100,200,400", description = "Search beam widths (default: ${DEFAULT-VALUE}).")
        int[] beams;
        @Option(names = "--results", defaultValue = "model-training/scale/results/ann.json", description = "Results file (default: ${DEFAULT-VALUE}).")
        Path out;
    }

    public static void main(String[] args) throws IOException {
        Options options = new Options();
        if (!BenchmarkCommand.parse(options, args)) {
            return;
        }
        Path models = options.models;
        String dataset = options.dataset;
        int[] sizes = options.sizes;
        int queries = options.queries;
        int k = options.k;
        int[] beams = options.beams;
        long seed = 42;
        Path out = options.out;
        Path texts = models.resolve("text");
        String wanted = dataset;
        Path textDir = com.reelwise.runs.RunFolders.newest(texts, wanted, CatalogEmbeddings.FILE_NAME).orElseThrow(
                () -> new IllegalArgumentException("No " + wanted + " catalog embeddings under " + texts + "; run exec:java@train first"));
        CatalogEmbeddings real = CatalogEmbeddings.load(textDir);
        System.out.printf("Real embeddings: %,d films x %d from %s; %d queries of 3-10 films, k %d, seed %d, one thread%n",
                real.size(), real.dimension(), textDir, queries, k, seed);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int size : sizes) {
            rows.addAll(measure(real, size, queries, k, beams, seed));
        }
        Files.createDirectories(out.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), rows);
    }

    private static List<Map<String, Object>> measure(CatalogEmbeddings real, int size, int queries, int k, int[] beams, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] vectors = catalog(real, size, random);
        List<Movie> movies = new ArrayList<>(size);
        int[] ids = new int[size];
        for (int p = 0; p < size; p++) {
            ids[p] = p + 1;
            movies.add(TestMovies.movie(p + 1, "Film " + (p + 1), 2000, 1, "Drama"));
        }
        EmbeddingMatrix exact = new EmbeddingMatrix(new CatalogEmbeddings(ids, vectors), new CandidateRanker(Catalog.of(movies)));
        float[][] profiles = new float[WARMUP + queries][];
        for (int q = 0; q < profiles.length; q++) {
            int picks = 3 + random.nextInt(8);
            float[] v = new float[real.dimension()];
            for (int i = 0; i < picks; i++) {
                float[] x = vectors[random.nextInt(size)];
                for (int d = 0; d < v.length; d++) {
                    v[d] += x[d] / picks;
                }
            }
            profiles[q] = v;
        }
        long t0 = System.nanoTime();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (HnswIndex index = HnswIndex.build(vectors, n -> { })) {
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            int[][] truth = new int[profiles.length][];
            long[] exactNanos = new long[queries];
            for (int q = 0; q < profiles.length; q++) {
                long s = System.nanoTime();
                truth[q] = Metrics.topK(exact.scoreAll(profiles[q]), k, p -> false);
                if (q >= WARMUP) {
                    exactNanos[q - WARMUP] = System.nanoTime() - s;
                }
            }
            Map<String, Object> exactRow = row(size, "exact", 0, 1.0, exactNanos);
            rows.add(exactRow);
            print(exactRow);
            for (int beam : beams) {
                long[] nanos = new long[queries];
                double recall = 0;
                for (int q = 0; q < profiles.length; q++) {
                    long s = System.nanoTime();
                    int[] found = index.nearest(profiles[q], k, beam);
                    long took = System.nanoTime() - s;
                    if (q >= WARMUP) {
                        nanos[q - WARMUP] = took;
                        recall += overlap(found, truth[q]) / (double) k;
                    }
                }
                Map<String, Object> r = row(size, "hnsw", beam, recall / queries, nanos);
                r.put("buildSeconds", buildSeconds);
                r.put("indexMB", index.ramBytes() / 1e6);
                rows.add(r);
                print(r);
            }
        }
        return rows;
    }

    /** The first {@code size} real films in a seeded order, then blends of two real films. */
    private static float[][] catalog(CatalogEmbeddings real, int size, SplittableRandom random) {
        int n = real.size();
        int[] order = random.ints(0, n).distinct().limit(n).toArray();
        float[][] vectors = new float[size][];
        for (int p = 0; p < size; p++) {
            if (p < n) {
                vectors[p] = real.of(real.movieIdAt(order[p]));
                continue;
            }
            float[] a = real.of(real.movieIdAt(random.nextInt(n)));
            float[] b = real.of(real.movieIdAt(random.nextInt(n)));
            float[] v = new float[a.length];
            double norm = 0;
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) (0.7 * a[d] + 0.3 * b[d] + 0.03 * gaussian(random));
                norm += v[d] * v[d];
            }
            float inv = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < v.length; d++) {
                v[d] *= inv;
            }
            vectors[p] = v;
        }
        return vectors;
    }

    private static int overlap(int[] a, int[] b) {
        java.util.Set<Integer> set = new java.util.HashSet<>();
        for (int x : b) {
            set.add(x);
        }
        int n = 0;
        for (int x : a) {
            n += set.contains(x) ? 1 : 0;
        }
        return n;
    }

    private static Map<String, Object> row(int size, String method, int beam, double recall, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("films", size);
        r.put("method", method);
        r.put("beam", beam);
        r.put("recall", recall);
        r.put("p50ms", sorted[sorted.length / 2] / 1e6);
        r.put("p99ms", sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6);
        return r;
    }

    private static void print(Map<String, Object> r) {
        System.out.printf("  %,7d films  %-5s beam %3d  recall@k %.4f  p50 %6.2f ms  p99 %6.2f ms%s%n", r.get("films"), r.get("method"), r.get("beam"),
                r.get("recall"), r.get("p50ms"), r.get("p99ms"),
                r.containsKey("buildSeconds") ? String.format("  (built in %.1f s, %.0f MB)", r.get("buildSeconds"), r.get("indexMB")) : "");
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
