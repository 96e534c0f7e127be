package com.reelwise.recommend;

import com.reelwise.BenchmarkCommand;
import com.reelwise.catalog.Catalog;
import com.reelwise.hybrid.LearnedHybridRecommender;
import com.reelwise.hybrid.SourceModels;
import com.reelwise.ranker.GradientBoostedRanker;
import com.reelwise.runs.Machine;
import com.reelwise.sequence.SequenceScorer;
import com.reelwise.sequence.TrainSasRec;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.catalog.Movie;
import com.reelwise.ncf.NeuMfRecommender;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import com.reelwise.text.CatalogEmbeddings;
import com.reelwise.text.RememberedSentences;
import com.reelwise.text.SentenceEncoder;
import com.reelwise.text.TextModelFolder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Recommendation latency and throughput with explanations, for 3-10 liked movies over the full
 * catalog: in-process per method, over HTTP against a running app, and content scoring cost as the
 * catalog grows (synthetic 10k, 50k, 200k items).
 *
 * <pre>
 * mvn -q test-compile exec:java@bench-recommend -Dexec.args="--data ../shared/datasets --models models [--url http://localhost:7860] [--no-scaling]
 *     [--methods hybrid,ncf] [--no-cold] [--mood]"
 * </pre>
 * {@code --mood} adds the hybrid with the fine-tuned sentence encoder and a mood sentence in every request.
 * <pre>
 * mvn -q test-compile exec:java@bench-recommend -Dexec.args="--data ../shared/datasets --write-profiles profiles.txt"   (for bench/wrk-recommend.lua)
 * </pre>
 */
public final class RecommendBenchmark {

    private static final int WARMUP = 200;
    private static final int REQUESTS = 2_000;
    /** Mood sentences of the length people type, for the hybrid's mood variant over HTTP. */
    private static final List<String> MOODS = List.of("something funny and light for a Friday night",
            "a slow-burning thriller that keeps me guessing", "an epic adventure with great music", "a heartfelt drama about a family",
            "scary but not gory", "a clever science fiction story about time", "a feel-good film to watch with my kids",
            "a tense heist with a twist at the end", "a quiet romance in a beautiful city", "a war story about friendship");

    private RecommendBenchmark() {
    }

    @Command(name = "bench-recommend", mixinStandardHelpOptions = true, description = "Recommendation latency and throughput per method, in process or over HTTP.")
    static final class Options {
        @Option(names = "--data", defaultValue = "../shared/datasets", description = "Data sets folder (default: ${DEFAULT-VALUE}).")
        Path data;
        @Option(names = "--models", defaultValue = "models", description = "Models folder (default: ${DEFAULT-VALUE}).")
        Path models;
        @Option(names = "--url", description = "A running app to measure over HTTP instead of in process.")
        String url;
        @Option(names = "--no-scaling", negatable = false, description = "Skip the catalog-size scaling runs.")
        boolean noScaling;
        @Option(names = "--write-profiles", description = "Only write the request profiles to this file (for wrk).")
        Path profilesOut;
        @Option(names = "--methods", split = ",", description = "Only these methods.")
        List<String> only;
        @Option(names = "--no-cold", negatable = false, description = "Skip the cold-start variants.")
        boolean noCold;
        @Option(names = "--mood", description = "Give every request a mood sentence.")
        boolean mood;
        @Option(names = "--rounds", defaultValue = "1", description = "Timed rounds per method, each with its own line; "
                + "more than one adds the medians (default: ${DEFAULT-VALUE}). This machine's speed drifts within minutes.")
        int rounds;
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options();
        if (!BenchmarkCommand.parse(options, args)) {
            return;
        }
        Path data = options.data;
        Path models = options.models;
        String url = options.url;
        boolean scaling = !options.noScaling;
        Path profilesOut = options.profilesOut;
        List<String> only = options.only;
        boolean cold = !options.noCold;
        boolean mood = options.mood;
        int rounds = options.rounds;
        MovieLensDataset dataset = MovieLensDataset.find(data, "ml-latest-small").orElseThrow(() -> new IllegalStateException("no ml-latest-small"));
        Ratings ratings = RatingsReader.read(dataset);
        Catalog catalog = new CatalogLoader(data, false).load(Optional.of(dataset), ratings);
        CandidateRanker ranker = new CandidateRanker(catalog);
        // One distinct profile per request: nothing cached per person can flatter the figures.
        List<Profile> profiles = profiles(catalog, new Random(42), WARMUP + REQUESTS);
        if (profilesOut != null) {
            // For an external load generator (docs/benchmarks.md uses wrk): one liked list per line, as JSON.
            Files.write(profilesOut, profiles.stream().map(p -> p.liked().toString().replace(" ", "")).toList());
            System.out.printf("Wrote %,d profiles to %s%n", profiles.size(), profilesOut);
            return;
        }
        System.out.println("Machine: " + Machine.current().describe());
        System.out.printf("Recommendation benchmark: catalog %,d movies, %,d distinct profiles of 3-10 liked movies, %,d requests per method after %d warm-up, count 10, with explanations%n",
                catalog.size(), profiles.size(), REQUESTS, WARMUP);

        List<Recommender> methods = new ArrayList<>();
        List<Recommender> coldVariants = new ArrayList<>();
        methods.add(new PopularRecommender(catalog, ranker));
        Optional<Path> ncfDir = newest(models.resolve("ncf"), dataset.name(), "config.json");
        Optional<Path> textDir = newest(models.resolve("text"), dataset.name(), CatalogEmbeddings.FILE_NAME);
        Optional<Path> sequenceDir = newest(models.resolve("sequence"), dataset.name(), "config.json");
        Optional<Path> nextDir = newest(models.resolve(TrainSasRec.NEXT_WATCH), dataset.name(), "config.json");
        Optional<Path> tasteDir = newest(models.resolve("taste"), dataset.name(), "dae-config.json");
        Optional<Path> hybridDir = newest(models.resolve("hybrid"), dataset.name(), "ranker.json");
        CollaborativeEvidence evidence = new CollaborativeEvidence(ratings);
        try (NeuMfRecommender neumf = ncfDir.map(NeuMfRecommender::load).orElse(null);
             SequenceScorer sequence = sequenceDir.map(SequenceScorer::load).orElse(null);
             SequenceScorer nextWatch = nextDir.map(SequenceScorer::load).orElse(null);
             SequenceScorer taste = tasteDir.map(SequenceScorer::load).orElse(null);
             GradientBoostedRanker learned = hybridDir.map(d -> GradientBoostedRanker.load(d, LearnedHybridRecommender.featureNames())).orElse(null)) {
            NcfRecommender ncf = neumf == null ? null : new NcfRecommender(neumf, ranker, evidence);
            if (ncf != null) {
                methods.add(ncf);
            }
            HistorySource sequenceSource = sequence == null ? null : HistorySource.sequential(sequence, ranker);
            // next watch reads its own model where there is one, else the hybrid's source, as the app does (SequenceModelManager)
            HistorySource nextSource = nextWatch != null ? HistorySource.sequential(nextWatch, ranker) : sequenceSource;
            NextWatchRecommender next = nextSource == null ? null : new NextWatchRecommender(nextSource, ranker);
            if (next != null) {
                methods.add(next);
            }
            if (textDir.isPresent()) {
                EmbeddingMatrix matrix = new EmbeddingMatrix(CatalogEmbeddings.load(textDir.get()), ranker);
                // The mood encoder is not exercised: these profiles carry no mood sentence.
                ContentRecommender content = new ContentRecommender(matrix, ranker, text -> new float[matrix.dimension()]);
                // As the app does once the model is loaded: the 2,000 most-rated movies' similarity rows.
                long warmStart = System.nanoTime();
                content.similarityRows().warm(catalog.mostRated(2_000).stream().map(m -> ranker.position(m.movieId())).toList());
                System.out.printf("  similarity rows of the 2,000 most-rated movies warmed in %.1f s%n", (System.nanoTime() - warmStart) / 1e9);
                // The worst case beside it: no row cache, every request computes its rows in one scan.
                ContentRecommender uncached = new ContentRecommender(matrix, ranker, text -> new float[matrix.dimension()], new SimilarityRows(matrix, 0));
                methods.add(content);
                coldVariants.add(uncached);
                if (learned != null) {
                    SourceModels sources = SourceModels.of(ncf, sequenceSource,
                            taste == null ? null : HistorySource.taste(taste, ranker));
                    methods.add(new LearnedHybridRecommender(ranker, content, sources, learned, evidence));
                    coldVariants.add(new LearnedHybridRecommender(ranker, uncached, sources, learned, evidence));
                    TextModelFolder folder = new TextModelFolder(textDir.get());
                    if (mood && folder.hasEncoder()) {
                        measureWithMood(folder, matrix, catalog, ranker, sources, learned, evidence, profiles, rounds);
                    }
                }
            }
            System.out.printf("  models: NCF %s, next %s, taste %s, text %s, hybrid %s%n", ncfDir.map(Path::toString).orElse("missing"),
                    sequenceDir.map(Path::toString).orElse("missing"), tasteDir.map(Path::toString).orElse("missing"),
                    textDir.map(Path::toString).orElse("missing"), hybridDir.map(Path::toString).orElse("missing"));
            // --methods and --no-cold narrow a run to what a profiler should see.
            List<String> chosen = only;
            for (Recommender method : methods) {
                if (chosen == null || chosen.contains(method.method().id())) {
                    measure(method, profiles, "", rounds);
                }
            }
            for (Recommender method : cold ? coldVariants : List.<Recommender>of()) {
                if (chosen == null || chosen.contains(method.method().id())) {
                    measure(method, profiles, " (no similarity-row cache)", rounds);
                }
            }
            ContentRecommender cached = methods.stream().filter(ContentRecommender.class::isInstance).map(ContentRecommender.class::cast)
                    .findFirst().orElse(null);
            if (cached != null) {
                var stats = cached.similarityRows().stats();
                System.out.printf("  similarity-row cache: %.1f%% hits over %,d row reads, %,d evictions%n",
                        100 * stats.hitRate(), stats.requestCount(), stats.evictionCount());
            }
        }
        if (url != null) {
            http(url, profiles, only);
        }
        if (scaling) {
            scaling();
        }
    }

    /**
     * The hybrid with the fine-tuned sentence encoder loaded and a mood sentence in every request: first encoded on
     * every request (a sentence the app has not seen), then through the app's {@link RememberedSentences} with the
     * same ten sentences over and over (a person moving a control with their mood typed: remembered after warm-up).
     */
    private static void measureWithMood(TextModelFolder text, EmbeddingMatrix matrix, Catalog catalog, CandidateRanker ranker, SourceModels sources,
                                        GradientBoostedRanker learned, CollaborativeEvidence evidence, List<Profile> profiles, int rounds)
            throws Exception {
        try (SentenceEncoder encoder = text.loadEncoder()) {
            ContentRecommender content = new ContentRecommender(matrix, ranker, encoder::encode);
            content.similarityRows().warm(catalog.mostRated(2_000).stream().map(m -> ranker.position(m.movieId())).toList());
            List<Profile> withMood = new ArrayList<>();
            for (int i = 0; i < profiles.size(); i++) {
                Profile p = profiles.get(i);
                withMood.add(new Profile(p.liked(), p.disliked(), p.seen(), MOODS.get(i % MOODS.size())));
            }
            measure(new LearnedHybridRecommender(ranker, content, sources, learned, evidence), withMood, " (a mood sentence in every request)", rounds);
            ContentRecommender remembering = new ContentRecommender(matrix, ranker, new RememberedSentences(encoder::encode), content.similarityRows());
            measure(new LearnedHybridRecommender(ranker, remembering, sources, learned, evidence), withMood,
                    " (the same ten moods again and again, remembered)", rounds);
        }
    }

    private static void measure(Recommender method, List<Profile> profiles, String variant, int rounds) throws Exception {
        // Every profile's list (ids and exact score bits) folded into one number: equal digests from two
        // builds mean the optimisation changed no recommendation and no score.
        long digest = 17;
        for (Profile profile : profiles.subList(0, 200)) {
            for (Recommendation r : method.recommend(RecommendationRequest.of(profile, method.method(), 10))) {
                digest = 31 * digest + r.movie().movieId();
                digest = 31 * digest + Double.hashCode(r.score());
                digest = 31 * digest + (r.cfScore() == null ? 0 : Double.hashCode(r.cfScore()));
                digest = 31 * digest + r.explanation().text().hashCode();
            }
        }
        System.out.printf("  results %-8s digest %016x over the first 200 profiles%n", method.method().id(), digest);
        double[] p50 = new double[rounds];
        double[] p99 = new double[rounds];
        double[] perSecond = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < WARMUP; i++) {
                method.recommend(RecommendationRequest.of(profiles.get(i), method.method(), 10));
            }
            long[] nanos = new long[REQUESTS];
            for (int i = 0; i < REQUESTS; i++) {
                long start = System.nanoTime();
                method.recommend(RecommendationRequest.of(profiles.get(WARMUP + i), method.method(), 10));
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            // Throughput with two threads, as a 2-core server would run it.
            ExecutorService pool = Executors.newFixedThreadPool(2);
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    for (int i = offset; i < REQUESTS; i += 2) {
                        method.recommend(RecommendationRequest.of(profiles.get(WARMUP + i), method.method(), 10));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            p50[round] = ms(nanos, 0.5);
            p99[round] = ms(nanos, 0.99);
            perSecond[round] = REQUESTS / seconds;
            System.out.printf("  in-process %-8s p50 %6.2f ms  p99 %6.2f ms  (one thread); %6.0f requests/s with 2 threads%s%n",
                    method.method().id(), p50[round], p99[round], perSecond[round], variant);
        }
        if (rounds > 1) {
            System.out.printf("  median of %d rounds: %-8s p50 %6.2f ms  p99 %6.2f ms  %6.0f requests/s (range %.0f-%.0f)%s%n", rounds,
                    method.method().id(), median(p50), median(p99), median(perSecond), Arrays.stream(perSecond).min().orElse(0),
                    Arrays.stream(perSecond).max().orElse(0), variant);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void http(String url, List<Profile> profiles, List<String> only) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String variant : List.of("popular", "ncf", "content", "hybrid", "hybrid+mood")) {
            String method = variant.replace("+mood", "");
            boolean mood = variant.endsWith("+mood");
            if (only != null && !only.contains(method)) {
                continue;
            }
            // Every request's mood is a sentence the app has not seen, so it is encoded (the app remembers repeated ones).
            List<String> bodies = java.util.stream.IntStream.range(0, profiles.size()).mapToObj(i -> "{\"liked\":" + profiles.get(i).liked()
                    + ",\"method\":\"" + method + "\",\"count\":10" + (mood ? ",\"mood\":\"" + MOODS.get(i % MOODS.size()) + ", request " + i + "\"" : "") + "}").toList();
            HttpRequest probe = post(url, bodies.get(0));
            if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                System.out.printf("  HTTP %-11s not available (model not ready)%n", variant);
                continue;
            }
            for (int i = 0; i < WARMUP; i++) {
                client.send(post(url, bodies.get(i % bodies.size())), HttpResponse.BodyHandlers.discarding());
            }
            int clients = 4;
            long[][] per = new long[clients][REQUESTS / clients];
            int[] errors = new int[clients];
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int id = c;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < per[id].length; i++) {
                        long t0 = System.nanoTime();
                        try {
                            int status = client.send(post(url, bodies.get(WARMUP + i * clients + id)), HttpResponse.BodyHandlers.discarding()).statusCode();
                            errors[id] += status == 200 ? 0 : 1;
                        } catch (Exception e) {
                            errors[id]++;
                        }
                        per[id][i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            long[] all = Arrays.stream(per).flatMapToLong(Arrays::stream).sorted().toArray();
            System.out.printf("  HTTP %-11s p50 %6.2f ms  p99 %6.2f ms  %6.0f requests/s with %d concurrent clients, %d errors%n",
                    variant, ms(all, 0.5), ms(all, 0.99), all.length / seconds, clients, Arrays.stream(errors).sum());
        }
    }

    /** Content scoring plus top-k over growing synthetic catalogs: where exact search stops being cheap. */
    private static void scaling() {
        Random random = new Random(1);
        for (int n : new int[] {10_000, 50_000, 200_000}) {
            List<Movie> movies = new ArrayList<>(n);
            int[] ids = new int[n];
            float[][] vectors = new float[n][];
            for (int i = 0; i < n; i++) {
                ids[i] = i + 1;
                movies.add(new Movie(i + 1, null, null, "m" + i, List.of(), 2000, List.of("Drama"), null, null, List.of(), List.of(), null,
                        List.of(), null, random.nextInt(100), 3.5, 0));
                float[] v = new float[384];
                for (int d = 0; d < v.length; d++) {
                    v[d] = (float) random.nextGaussian();
                }
                vectors[i] = v;
            }
            Catalog catalog = Catalog.of(movies);
            CandidateRanker ranker = new CandidateRanker(catalog);
            EmbeddingMatrix matrix = new EmbeddingMatrix(new CatalogEmbeddings(ids, vectors), ranker);
            Profile profile = Profile.liking(List.of(1, 2, 3, 4, 5));
            // Cached rows: the sum of five rows grows with n too, but 384 times slower than the scan.
            ContentRecommender cached = new ContentRecommender(matrix, ranker, text -> new float[384]);
            cached.similarityRows().warm(List.of(0, 1, 2, 3, 4));
            ContentRecommender scanning = new ContentRecommender(matrix, ranker, text -> new float[384], new SimilarityRows(matrix, 0));
            int runs = n >= 200_000 ? 50 : 200;
            for (var variant : List.of(Map.entry("exact scan", scanning), Map.entry("cached rows", cached))) {
                ContentRecommender content = variant.getValue();
                for (int i = 0; i < 20; i++) {
                    content.recommend(RecommendationRequest.of(profile, Method.CONTENT, 10));
                }
                long[] nanos = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    content.recommend(RecommendationRequest.of(profile, Method.CONTENT, 10));
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                System.out.printf("  scaling: content over %,7d items (384-d, %-11s)  p50 %7.2f ms  p99 %7.2f ms%n", n, variant.getKey(), ms(nanos, 0.5), ms(nanos, 0.99));
            }
        }
    }

    private static HttpRequest post(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url + "/api/recommendations")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Profiles of 3-10 movies drawn from the 2,000 most rated, as a person picking films they know would. */
    private static List<Profile> profiles(Catalog catalog, Random random, int count) {
        List<Movie> known = catalog.mostRated(2_000);
        List<Profile> profiles = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            int size = 3 + random.nextInt(8);
            List<Integer> liked = new ArrayList<>();
            while (liked.size() < size) {
                int id = known.get(random.nextInt(known.size())).movieId();
                if (!liked.contains(id)) {
                    liked.add(id);
                }
            }
            profiles.add(Profile.liking(liked));
        }
        return profiles;
    }

    private static Optional<Path> newest(Path root, String dataset, String requiredFile) throws Exception {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith(dataset + "-") && Files.exists(d.resolve(requiredFile)))
                    .max(Comparator.comparing(d -> d.getFileName().toString()));
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
