package com.reelwise.recommend;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.eval.Metrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part every method shares: from one score per catalog movie to the final list, applying the
 * exclusion rule (the person's own movies), the filters, and MMR diversity when asked.
 * Scores are indexed by catalog position; NaN marks a movie the method cannot score.
 */
public final class CandidateRanker {

    /** MMR re-ranks only the best of the candidates: the tail cannot win on relevance anyway. */
    private static final int MMR_POOL_FACTOR = 5;
    private static final int MMR_MIN_POOL = 100;

    private final List<Movie> movies;
    private final Map<Integer, Integer> positions;
    private final int[] ratingCounts;

    public CandidateRanker(Catalog catalog) {
        this.movies = catalog.movies();
        this.positions = new HashMap<>(movies.size() * 2);
        this.ratingCounts = new int[movies.size()];
        for (int i = 0; i < movies.size(); i++) {
            positions.put(movies.get(i).movieId(), i);
            ratingCounts[i] = movies.get(i).ratingCount();
        }
    }

    /** A movie's MovieLens rating count by position; a flat array because a blend reads all 19k per request. */
    public int ratingCount(int position) {
        return ratingCounts[position];
    }

    public int size() {
        return movies.size();
    }

    /** Catalog position of a movie id, or -1. */
    public int position(int movieId) {
        return positions.getOrDefault(movieId, -1);
    }

    public Movie movieAt(int position) {
        return movies.get(position);
    }

    /** Positions of the movies to recommend, best first. */
    public List<Integer> top(float[] scores, RecommendationRequest request, ItemSimilarity similarity) {
        Set<Integer> excluded = new HashSet<>();
        Profile p = request.profile();
        for (List<Integer> ids : List.of(p.liked(), p.disliked(), p.seen())) {
            ids.forEach(id -> excluded.add(position(id)));
        }
        int pool = request.diversity() > 0 ? Math.max(request.count() * MMR_POOL_FACTOR, MMR_MIN_POOL) : request.count();
        List<Integer> best = bestAllowed(scores, request.filters(), excluded, pool);
        return request.diversity() > 0 ? mmr(best, scores, request.count(), request.diversity(), similarity)
                : best.subList(0, Math.min(request.count(), best.size()));
    }

    private List<Integer> bestAllowed(float[] scores, Filters filters, Set<Integer> excluded, int k) {
        boolean filtering = !filters.equals(Filters.NONE);
        int[] best = Metrics.topK(scores, k,
                i -> Float.isNaN(scores[i]) || excluded.contains(i) || filtering && !filters.accepts(movies.get(i)));
        return java.util.Arrays.stream(best).boxed().collect(java.util.stream.Collectors.toList());
    }

    /** Maximal marginal relevance (Carbonell and Goldstein 1998) over min-max normalised scores. */
    private List<Integer> mmr(List<Integer> pool, float[] scores, int count, double lambda, ItemSimilarity similarity) {
        if (pool.isEmpty()) {
            return pool;
        }
        double max = scores[pool.get(0)];
        double min = scores[pool.get(pool.size() - 1)];
        double range = max - min > 0 ? max - min : 1;
        List<Integer> remaining = new ArrayList<>(pool);
        List<Integer> chosen = new ArrayList<>();
        double[] maxSimilarity = new double[remaining.size()];
        while (chosen.size() < count && !remaining.isEmpty()) {
            int bestIndex = 0;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < remaining.size(); r++) {
                double relevance = (scores[remaining.get(r)] - min) / range;
                double value = (1 - lambda) * relevance - lambda * maxSimilarity[r];
                if (value > bestValue) {
                    bestValue = value;
                    bestIndex = r;
                }
            }
            int picked = remaining.remove(bestIndex);
            maxSimilarity = removeAt(maxSimilarity, bestIndex);
            chosen.add(picked);
            for (int r = 0; r < remaining.size(); r++) {
                maxSimilarity[r] = Math.max(maxSimilarity[r], similarity.between(movies.get(picked), movies.get(remaining.get(r))));
            }
        }
        return chosen;
    }

    private static double[] removeAt(double[] values, int index) {
        double[] out = new double[values.length - 1];
        System.arraycopy(values, 0, out, 0, index);
        System.arraycopy(values, index + 1, out, index, values.length - index - 1);
        return out;
    }
}
