package com.reelwise.recommend;

import com.reelwise.text.UnitVectors;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.catalog.Popularity;
import com.reelwise.cluster.ClusterModel;
import com.reelwise.text.CatalogEmbeddings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cluster method ({@link Method#CLUSTER}) in one of three {@link ClusterMode}s. Scores come from
 * the item embeddings and the {@link ClusterModel}; {@link CandidateRanker} applies exclusions,
 * filters and diversity. MORE_OF_MINE and EXPLORE fall back to BROAD_APPEAL when the person has no
 * liked movie with an embedding.
 */
public final class ClusterRecommender implements Recommender {

    /** EXPLORE draws from this many untouched clusters nearest to the person's. */
    static final int NEIGHBOURS = 3;
    private static final int BECAUSE_OF = 3;

    private final ClusterModel model;
    private final CatalogEmbeddings embeddings;
    private final CandidateRanker ranker;
    private final ClusterMode mode;
    private final int[] clusterAt;
    private final float[][] vectorAt;
    private final float[] centrality;
    private final float[] broadAppeal;
    private final ItemSimilarity similarity;

    public ClusterRecommender(ClusterModel model, CatalogEmbeddings embeddings, Catalog catalog, CandidateRanker ranker, ClusterMode mode) {
        if (model.k() > 0 && model.centroid(0).length != embeddings.dimension()) {
            throw new IllegalArgumentException("The cluster model was built on " + model.centroid(0).length
                    + "-d vectors but the embeddings are " + embeddings.dimension() + "-d: rebuild it (exec:java@clusters)");
        }
        this.model = model;
        this.embeddings = embeddings;
        this.ranker = ranker;
        this.mode = mode;
        int n = ranker.size();
        this.clusterAt = new int[n];
        this.vectorAt = new float[n][];
        this.centrality = new float[n];
        Popularity popularity = Popularity.of(catalog.movies());
        float[] appeal = new float[n];
        float[] bestInCluster = new float[model.k()];
        for (int p = 0; p < n; p++) {
            Movie movie = ranker.movieAt(p);
            clusterAt[p] = model.clusterOf(movie.movieId());
            vectorAt[p] = embeddings.of(movie.movieId());
            if (clusterAt[p] >= 0 && vectorAt[p] != null) {
                centrality[p] = (float) UnitVectors.dot(vectorAt[p], model.centroid(clusterAt[p]));
                appeal[p] = centrality[p] * popularityWeight(popularity.of(movie));
                bestInCluster[clusterAt[p]] = Math.max(bestInCluster[clusterAt[p]], appeal[p]);
            } else {
                clusterAt[p] = -1;
            }
        }
        // Relative to the best of its own cluster, so every cluster's best candidate scores 1 and the list spans clusters.
        this.broadAppeal = new float[n];
        for (int p = 0; p < n; p++) {
            broadAppeal[p] = clusterAt[p] < 0 || bestInCluster[clusterAt[p]] <= 0 ? Float.NaN : appeal[p] / bestInCluster[clusterAt[p]];
        }
        this.similarity = (a, b) -> {
            float[] x = embeddings.of(a.movieId());
            float[] y = embeddings.of(b.movieId());
            return x == null || y == null ? ItemSimilarity.GENRES_AND_KEYWORDS.between(a, b) : Math.max(0, UnitVectors.dot(x, y));
        };
    }

    /** Damped popularity in [0.5, 1]: a well-known movie wins a tie, an obscure central one still shows. */
    private static float popularityWeight(float popularity) {
        return 0.5f + 0.5f * (float) Math.sqrt(popularity);
    }

    @Override
    public Method method() {
        return Method.CLUSTER;
    }

    /** The mode used when a request names none. */
    public ClusterMode mode() {
        return mode;
    }

    /**
     * What one request asks of the clusters, worked out before any movie is scored.
     *
     * @param mode       the mode actually used (broad appeal when no liked movie is clustered)
     * @param fallback   the person asked for another mode, but none of their movies is clustered
     * @param neighbours EXPLORE: the untouched clusters drawn from
     * @param proximity  EXPLORE: each untouched cluster's weighted closeness to the person's clusters
     * @param source     EXPLORE: for each untouched cluster, the person's cluster it is closest to
     * @param floor      EXPLORE: the lowest proximity among the neighbours (scores are shifted by it)
     */
    private record Plan(ClusterMode mode, boolean fallback, Map<Integer, List<Integer>> likedByCluster, Set<Integer> neighbours,
                        double[] proximity, int[] source, double floor) {

        int largest() {
            return likedByCluster.values().iterator().next().size();
        }
    }

    @Override
    public List<Recommendation> recommend(RecommendationRequest request) {
        Plan plan = plan(request);
        float[] scores = scores(plan);
        return ranker.top(scores, request, similarity).stream().map(p -> describe(plan, p, scores[p])).toList();
    }

    @Override
    public ScoreTable score(RecommendationRequest request) {
        return ScoreTable.single(scores(plan(request)), false, true);
    }

    @Override
    public Recommendation describe(RecommendationRequest request, ScoreTable table, int position) {
        return describe(plan(request), position, table.scores()[position]);
    }

    private Plan plan(RecommendationRequest request) {
        ClusterMode wanted = request.clusterMode() != null ? request.clusterMode() : mode;
        Map<Integer, List<Integer>> likedByCluster = likedByCluster(request.profile().liked());
        if (wanted == ClusterMode.BROAD_APPEAL || likedByCluster.isEmpty()) {
            return new Plan(ClusterMode.BROAD_APPEAL, wanted != ClusterMode.BROAD_APPEAL, likedByCluster, Set.of(), null, null, 0);
        }
        if (wanted == ClusterMode.MORE_OF_MINE) {
            return new Plan(wanted, false, likedByCluster, Set.of(), null, null, 0);
        }
        Set<Integer> touched = new HashSet<>(likedByCluster.keySet());
        for (List<Integer> ids : List.of(request.profile().disliked(), request.profile().seen())) {
            ids.forEach(id -> touched.add(model.clusterOf(id)));
        }
        int largest = likedByCluster.values().iterator().next().size();
        double[] proximity = new double[model.k()];
        int[] source = new int[model.k()];
        List<Integer> untouched = new ArrayList<>();
        for (int u = 0; u < model.k(); u++) {
            if (touched.contains(u)) {
                continue;
            }
            untouched.add(u);
            proximity[u] = Double.NEGATIVE_INFINITY;
            for (Map.Entry<Integer, List<Integer>> mine : likedByCluster.entrySet()) {
                double value = Math.sqrt((double) mine.getValue().size() / largest) * model.centroidSimilarity(u, mine.getKey());
                if (value > proximity[u]) {
                    proximity[u] = value;
                    source[u] = mine.getKey();
                }
            }
        }
        untouched.sort(Comparator.comparingDouble((Integer u) -> -proximity[u]).thenComparing(u -> u));
        Set<Integer> neighbours = new HashSet<>(untouched.subList(0, Math.min(NEIGHBOURS, untouched.size())));
        // Centroid cosines can be negative; shift so the nearest neighbour cluster always ranks first.
        double floor = neighbours.stream().mapToDouble(u -> proximity[u]).min().orElse(0);
        return new Plan(wanted, false, likedByCluster, neighbours, proximity, source, floor);
    }

    /** Liked movies grouped by cluster, largest group first (ties by cluster id), in profile order within. */
    private Map<Integer, List<Integer>> likedByCluster(List<Integer> liked) {
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int movieId : liked) {
            int cluster = model.clusterOf(movieId);
            if (cluster >= 0 && embeddings.of(movieId) != null) {
                groups.computeIfAbsent(cluster, c -> new ArrayList<>()).add(movieId);
            }
        }
        Map<Integer, List<Integer>> sorted = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Integer, List<Integer>>>comparingInt(e -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private float[] scores(Plan plan) {
        if (plan.mode() == ClusterMode.BROAD_APPEAL) {
            return broadAppeal;
        }
        float[] scores = new float[ranker.size()];
        Arrays.fill(scores, Float.NaN);
        for (int p = 0; p < scores.length; p++) {
            if (clusterAt[p] < 0) {
                continue;
            }
            if (plan.mode() == ClusterMode.MORE_OF_MINE) {
                List<Integer> liked = plan.likedByCluster().get(clusterAt[p]);
                if (liked != null) {
                    scores[p] = (float) moreOfMineScore(vectorAt[p], liked.stream().map(embeddings::of).toList(), plan.largest());
                }
            } else if (plan.neighbours().contains(clusterAt[p])) {
                scores[p] = (float) ((1 + plan.proximity()[clusterAt[p]] - plan.floor()) * broadAppeal[p]);
            }
        }
        return scores;
    }

    private Recommendation describe(Plan plan, int p, float score) {
        int cluster = clusterAt[p];
        if (cluster < 0) {
            return recommendation(p, score, new Explanation("This movie is in no cluster (it has no description yet)", List.of(), List.of()));
        }
        return switch (plan.mode()) {
            case MORE_OF_MINE -> moreOfMine(plan, p, score);
            case EXPLORE -> explore(plan, p, score);
            case BROAD_APPEAL -> broadAppeal(plan, p, score);
        };
    }

    private Recommendation moreOfMine(Plan plan, int p, float score) {
        int cluster = clusterAt[p];
        List<Integer> mine = plan.likedByCluster().get(cluster);
        if (mine == null) {
            return recommendation(p, score, new Explanation("Not in any of your clusters, so more-of-mine does not pick it", List.of(), List.of()));
        }
        List<Integer> because = closestLiked(vectorAt[p], mine);
        String text = "From your cluster '%s', close to %s".formatted(model.label(cluster).text(), titles(because));
        List<String> details = List.of(
                "%d of your liked movies are in this cluster".formatted(mine.size()),
                "Similarity to %s: %.2f".formatted(title(because.get(0)), UnitVectors.dot(vectorAt[p], embeddings.of(because.get(0)))));
        return recommendation(p, score, new Explanation(text, because, details));
    }

    private Recommendation explore(Plan plan, int p, float score) {
        int cluster = clusterAt[p];
        if (!plan.neighbours().contains(cluster)) {
            return recommendation(p, score, new Explanation("Its cluster '%s' is not among the untouched clusters next to yours, so explore does not pick it"
                    .formatted(model.label(cluster).text()), List.of(), List.of()));
        }
        int from = plan.source()[cluster];
        List<Integer> because = closestLiked(model.centroid(from), plan.likedByCluster().get(from));
        String text = "From the cluster '%s' next to your '%s' picks".formatted(model.label(cluster).text(), model.label(from).text());
        List<String> details = List.of(
                "You have not touched this cluster yet",
                "Cluster similarity: %.2f".formatted(model.centroidSimilarity(cluster, from)),
                "Your movies there: %s".formatted(titles(because)));
        return recommendation(p, score, new Explanation(text, because, details));
    }

    private Recommendation broadAppeal(Plan plan, int p, float score) {
        Movie movie = ranker.movieAt(p);
        String text = "A central, well-known pick of the cluster '%s'".formatted(model.label(clusterAt[p]).text());
        List<String> details = new ArrayList<>();
        details.add("Closeness to the cluster centre: %.2f".formatted(centrality[p]));
        if (movie.isRated()) {
            details.add("Rated by %d people here".formatted(movie.ratingCount()));
        }
        if (plan.fallback()) {
            details.add("None of your liked movies is clustered yet, so these are broad-appeal picks");
        }
        return recommendation(p, score, new Explanation(text, List.of(), details));
    }

    /**
     * The "more of my clusters" score of a candidate: sqrt(liked movies in its cluster / liked movies
     * in the person's fullest cluster) × cosine to the nearest liked movie of its cluster. Public so
     * the evaluation harness ranks exactly as served.
     *
     * @param likedInItsCluster unit vectors of the person's liked movies in the candidate's cluster (not empty)
     * @param largestGroup      how many liked movies the person's fullest cluster holds
     */
    public static double moreOfMineScore(float[] candidate, List<float[]> likedInItsCluster, int largestGroup) {
        // sqrt: a cluster holding one liked movie still shows beside one holding five.
        double weight = Math.sqrt((double) likedInItsCluster.size() / largestGroup);
        double nearest = Double.NEGATIVE_INFINITY;
        for (float[] liked : likedInItsCluster) {
            nearest = Math.max(nearest, UnitVectors.dot(candidate, liked));
        }
        return weight * nearest;
    }

    /** The liked movies closest to {@code vector}, closest first. */
    private List<Integer> closestLiked(float[] vector, List<Integer> liked) {
        return liked.stream()
                .sorted(Comparator.comparingDouble((Integer id) -> -UnitVectors.dot(vector, embeddings.of(id))).thenComparing(id -> id))
                .limit(BECAUSE_OF)
                .toList();
    }

    private String titles(List<Integer> ids) {
        List<String> titles = ids.stream().map(this::title).toList();
        return titles.size() == 1 ? titles.get(0)
                : String.join(", ", titles.subList(0, titles.size() - 1)) + " and " + titles.get(titles.size() - 1);
    }

    private String title(int movieId) {
        int p = ranker.position(movieId);
        return p < 0 ? "#" + movieId : ranker.movieAt(p).title();
    }

    private Recommendation recommendation(int position, float score, Explanation explanation) {
        // Purely content-based: the score is the content part, there is no collaborative part.
        String label = clusterAt[position] < 0 ? null : model.label(clusterAt[position]).text();
        return new Recommendation(ranker.movieAt(position), score, null, Float.isNaN(score) ? null : (double) score, explanation, label);
    }
}
