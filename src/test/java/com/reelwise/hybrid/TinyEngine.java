package com.reelwise.hybrid;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.ncf.NeuMfRecommender;
import com.reelwise.ncf.TinyNeuMf;
import com.reelwise.ranker.GradientBoostedRanker;
import com.reelwise.ranker.RankerSettings;
import com.reelwise.ratings.Ratings;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.CollaborativeEvidence;
import com.reelwise.recommend.ContentRecommender;
import com.reelwise.recommend.EmbeddingMatrix;
import com.reelwise.recommend.HistorySource;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.NcfRecommender;
import com.reelwise.recommend.PopularRecommender;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.RequestValidator;
import com.reelwise.progress.TrainingProgress;
import com.reelwise.sequence.DaeConfig;
import com.reelwise.sequence.DaeModel;
import com.reelwise.sequence.SequenceScorer;
import com.reelwise.text.CatalogEmbeddings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A small world with every served part, for tests: a tiny NeuMF and taste autoencoder trained on grouped synthetic
 * people (groups of {@link TinyNeuMf#ITEMS_PER_GROUP} films that the same people like), text embeddings that follow
 * the same groups noisily, and a hybrid ranker trained on those people's held-out films. Movie ids are 1..48.
 */
public final class TinyEngine implements AutoCloseable {

    public final NeuMfRecommender neumf;
    public final GradientBoostedRanker ranker;
    public final Catalog catalog;
    public final CandidateRanker positions;
    public final CollaborativeEvidence evidence;
    public final NcfRecommender ncf;
    public final SequenceScorer tasteModel;
    public final HistorySource taste;
    public final ContentRecommender content;
    public final LearnedHybridRecommender hybrid;
    public final Recommendations recommendations;

    private TinyEngine(Path dir) {
        int[][] pairs = TinyNeuMf.train(dir.resolve("ncf"));
        neumf = NeuMfRecommender.load(dir.resolve("ncf"));
        int[] ratingsPerMovie = new int[TinyNeuMf.ITEMS + 1];
        for (int[] pair : pairs) {
            ratingsPerMovie[pair[1]]++;
        }
        List<Movie> movies = new ArrayList<>();
        int[] ids = new int[TinyNeuMf.ITEMS];
        float[][] vectors = new float[TinyNeuMf.ITEMS][];
        Random random = new Random(5);
        for (int i = 0; i < TinyNeuMf.ITEMS; i++) {
            int id = 1 + i;
            int group = i / TinyNeuMf.ITEMS_PER_GROUP;
            movies.add(new Movie(id, null, null, "Movie " + id, List.of(), 1990 + i % 20, List.of("Genre" + group), null, null,
                    List.of("theme" + group, "kw" + (i % 5)), List.of(), "Director " + (i % 3), List.of(), null, ratingsPerMovie[id],
                    3.5 + (i % 3) * 0.5, 50 * (1 + i % 7)));
            ids[i] = id;
            float[] v = new float[12];
            v[group] = 1f;
            for (int d = 4; d < v.length; d++) {
                v[d] = (float) (0.6 * random.nextGaussian());
            }
            vectors[i] = unit(v);
        }
        catalog = Catalog.of(movies);
        positions = new CandidateRanker(catalog);
        Ratings ratings = Ratings.fromRawIds(Arrays.stream(pairs).mapToInt(p -> p[0]).toArray(), Arrays.stream(pairs).mapToInt(p -> p[1]).toArray(),
                fives(pairs.length), new long[pairs.length]);
        evidence = new CollaborativeEvidence(ratings);
        ncf = new NcfRecommender(neumf, positions, evidence);
        content = new ContentRecommender(new EmbeddingMatrix(new CatalogEmbeddings(ids, vectors), positions), positions, TinyEngine::moodVector);
        tasteModel = trainTaste(pairs, ids, dir.resolve("taste"));
        taste = HistorySource.taste(tasteModel, positions);
        SourceModels sources = SourceModels.of(ncf, null, taste);
        ranker = new HybridTrainer(positions, content, sources)
                .train(queries(pairs), new RankerSettings(60, 10, 0.1, 4, 0.01, 1, 1, 1, 9), false, Map.of("test", true));
        hybrid = new LearnedHybridRecommender(positions, content, sources, ranker, evidence);
        recommendations = new Recommendations(new RequestValidator(catalog),
                List.of(new PopularRecommender(catalog, positions), ncf, content, hybrid), new EnumMap<>(Method.class));
    }

    /** Trains the tiny models into {@code dir} (a few seconds). */
    public static TinyEngine build(Path dir) {
        return new TinyEngine(dir);
    }

    /**
     * Per synthetic person: four of their films as the profile, the rest held out; every other profile also
     * names one film of another group, as real people's tastes are never one group.
     */
    private static List<HybridTrainer.Query> queries(int[][] pairs) {
        Random random = new Random(11);
        Map<Integer, List<Integer>> byUser = new TreeMap<>();
        for (int[] p : pairs) {
            byUser.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
        }
        List<HybridTrainer.Query> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : byUser.entrySet()) {
            List<Integer> films = e.getValue();
            if (films.size() < 5) {
                continue;
            }
            List<Integer> profile = new ArrayList<>(films.subList(0, 4));
            if (random.nextBoolean()) {
                int other = 1 + random.nextInt(TinyNeuMf.ITEMS);
                if (!films.contains(other)) {
                    profile.add(other);
                }
            }
            out.add(new HybridTrainer.Query(e.getKey(), Profile.liking(profile), new HashSet<>(films.subList(4, films.size()))));
        }
        return out;
    }

    /** A mood sentence "group N" points at group N's text direction; any other sentence at nothing in particular. */
    static float[] moodVector(String text) {
        float[] v = new float[12];
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("group (\\d)").matcher(text);
        if (m.find()) {
            v[Integer.parseInt(m.group(1))] = 1f;
        }
        return v;
    }

    /** The taste autoencoder over the same people's films (movie id i is film i - 1), saved and loaded as served. */
    private static SequenceScorer trainTaste(int[][] pairs, int[] ids, Path dir) {
        Map<Integer, List<Integer>> byUser = new TreeMap<>();
        for (int[] p : pairs) {
            byUser.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1] - 1);
        }
        int[][] histories = byUser.values().stream().map(h -> h.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        try (DaeModel model = DaeModel.untrained(new DaeConfig(32, 8, 0.5f, 1e-2f, 0f, 32, 20, 0, 0.9f, 13), TinyNeuMf.ITEMS)) {
            model.fit(histories, null, false, TrainingProgress.NONE);
            SequenceScorer.save(dir, model, ids, Map.of());
        }
        return SequenceScorer.load(dir);
    }

    private static float[] fives(int n) {
        float[] values = new float[n];
        Arrays.fill(values, 5f);
        return values;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    @Override
    public void close() {
        ranker.close();
        neumf.close();
        tasteModel.close();
    }
}
