package com.reelwise.hybrid;

import com.reelwise.ranker.GradientBoostedRanker;
import com.reelwise.ranker.RankerSettings;
import com.reelwise.ranker.RankingData;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.ContentRecommender;
import com.reelwise.recommend.Filters;
import com.reelwise.recommend.Profile;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Trains the hybrid's ranker on people's held-out films. Each query is a person's profile (the films
 * before the held-out ones) as the served sources see it; its candidates are the served pool, labelled 1
 * when the person went on to watch the film. The sources must have been trained without the held-out films.
 *
 * <p>A share of films is treated as cold in the training rows (collaborative evidence and ratings here
 * removed), so the ranker has learnt what to do with films nobody here has rated, as new films are at
 * serving time.
 */
public final class HybridTrainer {

    /**
     * Share of films whose collaborative evidence is hidden in training rows, seeded. At 5% the ranker saw too few
     * unrated films that someone went on to watch, and how it ranked them moved with its seed (cold-start Recall@10
     * 0.18-0.29 over ranker seeds 42-44, under TMDB popularity's 0.22 at one); at 15%, 0.26-0.31 and the warm
     * protocols tie or gain (model-training/eval/README.md).
     */
    static final double COLD_SHARE = 0.15;
    /** Share of people held out of the ranker's training to report its NDCG@10 (and stop it, if early stopping is on), seeded. */
    static final double STOPPING_SHARE = 0.15;

    /** One person's profile and the films they watched next (movie ids). {@code person} groups queries of the same person. */
    public record Query(int person, Profile profile, Set<Integer> heldOut) {
    }

    private final HybridSources sources;
    private final FeatureRows features;
    private final CandidateRanker catalog;

    public HybridTrainer(CandidateRanker catalog, ContentRecommender content, SourceModels models) {
        this.catalog = catalog;
        this.sources = new HybridSources(catalog, content, models);
        this.features = new FeatureRows(sources);
    }

    /** Profiles of new people among the training queries: between this many of a person's train films, in their order. */
    static final int SHORT_MIN = 3;
    static final int SHORT_MAX = 10;

    /**
     * The training queries of a time split: per person with held-out films, the whole train history (a
     * long-standing user) and a few of those films in their order (what a new person gives), both asked
     * for the held-out films. Seeded.
     *
     * @param trainOrder per person, train items in time order
     * @param heldOut    per person, the held-out items
     * @param movieIdOf  item index to movie id
     */
    public static List<Query> queries(int[][] trainOrder, int[][] heldOut, java.util.function.IntUnaryOperator movieIdOf, long seed) {
        List<Query> queries = new ArrayList<>();
        Random random = new Random(seed);
        for (int u = 0; u < trainOrder.length; u++) {
            if (heldOut[u].length == 0 || trainOrder[u].length < SHORT_MIN) {
                continue;
            }
            Set<Integer> target = new java.util.HashSet<>();
            for (int item : heldOut[u]) {
                target.add(movieIdOf.applyAsInt(item));
            }
            List<Integer> history = java.util.Arrays.stream(trainOrder[u]).map(movieIdOf).boxed().toList();
            queries.add(new Query(u, Profile.liking(history), target));
            int size = Math.min(history.size(), SHORT_MIN + random.nextInt(SHORT_MAX - SHORT_MIN + 1));
            List<Integer> shuffled = new ArrayList<>(history);
            java.util.Collections.shuffle(shuffled, random);
            Set<Integer> chosen = new java.util.HashSet<>(shuffled.subList(0, size));
            queries.add(new Query(u, Profile.liking(history.stream().filter(chosen::contains).toList()), target));
        }
        return queries;
    }

    /**
     * The queries of at most {@code people} people, a seeded sample (all of them when there are no more): at scale,
     * building every query's candidate pool and features is most of the ranker's training time (about 11 of 16
     * minutes at 1M ratings), while what it learns settles with a few thousand people.
     */
    public static List<Query> ofPeople(List<Query> queries, int people, long seed) {
        int[] all = queries.stream().mapToInt(Query::person).distinct().sorted().toArray();
        if (all.length <= people) {
            return queries;
        }
        List<Integer> shuffled = new ArrayList<>(java.util.Arrays.stream(all).boxed().toList());
        java.util.Collections.shuffle(shuffled, new Random(seed));
        Set<Integer> kept = new java.util.HashSet<>(shuffled.subList(0, people));
        return queries.stream().filter(q -> kept.contains(q.person())).toList();
    }

    /** Trains the ranker; {@code notes} go into its info file (data set, protocol). */
    public GradientBoostedRanker train(List<Query> queries, RankerSettings settings, boolean bar, Map<String, Object> notes) {
        Random random = new Random(settings.seed());
        BitSet cold = new BitSet(catalog.size());
        for (int p = 0; p < catalog.size(); p++) {
            if (random.nextDouble() < COLD_SHARE) {
                cold.set(p);
            }
        }
        // Whole people go to early stopping, so their long and short queries stay on one side.
        int[] people = queries.stream().mapToInt(Query::person).distinct().sorted().toArray();
        for (int i = people.length - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = people[i];
            people[i] = people[k];
            people[k] = t;
        }
        BitSet stopping = new BitSet();
        for (int i = 0; i < Math.round(STOPPING_SHARE * people.length); i++) {
            stopping.set(people[i]);
        }
        int width = HybridFeature.COUNT;
        RankingData.Builder train = new RankingData.Builder(width);
        RankingData.Builder stop = new RankingData.Builder(width);
        AtomicInteger positives = new AtomicInteger();
        AtomicInteger pooledPositives = new AtomicInteger();
        List<Query> ordered = new ArrayList<>(queries);
        float[][][] built = new float[ordered.size()][][];
        try (ProgressBar progress = bar ? new ProgressBarBuilder().setTaskName("Ranker queries").setInitialMax(ordered.size())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(1000).build() : null) {
            java.util.stream.IntStream.range(0, ordered.size()).parallel().forEach(i -> {
                Query q = ordered.get(i);
                Signals s = sources.signals(q.profile(), null);
                int[] pool = CandidatePool.of(s, Filters.NONE, sources);
                float[] rows = features.of(s, pool);
                float[] labels = new float[pool.length];
                int hits = 0;
                for (int r = 0; r < pool.length; r++) {
                    if (q.heldOut().contains(catalog.movieAt(pool[r]).movieId())) {
                        labels[r] = 1;
                        hits++;
                    }
                    if (cold.get(pool[r])) {
                        hideCollaborative(rows, r * width);
                    }
                }
                positives.addAndGet(q.heldOut().size());
                pooledPositives.addAndGet(hits);
                built[i] = hits == 0 ? null : new float[][] {rows, labels};
                if (progress != null) {
                    progress.step();
                }
            });
        }
        for (int i = 0; i < ordered.size(); i++) {
            if (built[i] != null) {
                (stopping.get(ordered.get(i).person()) ? stop : train).add(built[i][0], built[i][1]);
            }
        }
        Map<String, Object> info = new LinkedHashMap<>(notes);
        info.put("queries", queries.size());
        info.put("heldOutFilms", positives.get());
        info.put("heldOutFilmsInPool", pooledPositives.get());
        info.put("poolRecall", positives.get() == 0 ? 0 : (double) pooledPositives.get() / positives.get());
        info.put("coldShare", COLD_SHARE);
        info.put("stoppingShare", STOPPING_SHARE);
        info.put("featureMeanings", java.util.Arrays.stream(HybridFeature.values()).collect(
                java.util.stream.Collectors.toMap(HybridFeature::id, HybridFeature::meaning, (a, b) -> a, LinkedHashMap::new)));
        return GradientBoostedRanker.train(HybridFeature.ids(), HybridFeature.monotoneFlags(), train.build(), stop.build(), settings, info);
    }

    private static void hideCollaborative(float[] rows, int offset) {
        rows[offset + HybridFeature.NCF_LOGIT.ordinal()] = Float.NaN;
        rows[offset + HybridFeature.NCF_Z.ordinal()] = Float.NaN;
        rows[offset + HybridFeature.NEXT_LOGIT.ordinal()] = Float.NaN;
        rows[offset + HybridFeature.NEXT_Z.ordinal()] = Float.NaN;
        rows[offset + HybridFeature.TASTE_LOGIT.ordinal()] = Float.NaN;
        rows[offset + HybridFeature.TASTE_Z.ordinal()] = Float.NaN;
        rows[offset + HybridFeature.NCF_ITEM_MAX.ordinal()] = Float.NaN;
        rows[offset + HybridFeature.NCF_ITEM_RECENT.ordinal()] = Float.NaN;
        rows[offset + HybridFeature.NEXT_ITEM_RECENT.ordinal()] = Float.NaN;
        rows[offset + HybridFeature.LOG_RATINGS.ordinal()] = 0;
        rows[offset + HybridFeature.MEAN_RATING.ordinal()] = Float.NaN;
    }
}
