package com.reelwise.cluster;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.text.CatalogEmbeddings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cheap content vectors for clustering before the fine-tuned encoder exists: binary bag of genres
 * and the most frequent keywords/tags, weighted by idf and L2-normalised. Movies with none of the
 * features get no vector (they stay unclustered).
 */
public final class KeywordVectors {

    /** Same width as MiniLM, so downstream costs match the real embeddings. */
    public static final int DEFAULT_DIMENSION = 384;
    private static final String NO_GENRE = "(no genres listed)";

    private KeywordVectors() {
    }

    public static CatalogEmbeddings of(Catalog catalog, int dimension) {
        List<Movie> movies = catalog.movies();
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<Set<String>> features = new ArrayList<>(movies.size());
        for (Movie movie : movies) {
            Set<String> f = features(movie);
            features.add(f);
            f.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        // Every genre, then the most frequent terms seen on at least two movies, up to the dimension.
        List<String> vocabulary = documentFrequency.entrySet().stream()
                .filter(e -> e.getKey().startsWith("g:") || e.getValue() >= 2)
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> !e.getKey().startsWith("g:"))
                        .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey))
                .limit(dimension)
                .map(Map.Entry::getKey)
                .toList();
        Map<String, Integer> column = new HashMap<>();
        for (int j = 0; j < vocabulary.size(); j++) {
            column.put(vocabulary.get(j), j);
        }
        int n = movies.size();
        List<Integer> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] v = new double[dimension];
            boolean any = false;
            for (String term : features.get(i)) {
                Integer j = column.get(term);
                if (j != null) {
                    v[j] = Math.log((double) n / documentFrequency.get(term));
                    any |= v[j] > 0;
                }
            }
            if (any) {
                ids.add(movies.get(i).movieId());
                vectors.add(SphericalKMeans.normalised(v));
            }
        }
        return new CatalogEmbeddings(ids.stream().mapToInt(Integer::intValue).toArray(), vectors.toArray(float[][]::new));
    }

    private static Set<String> features(Movie movie) {
        Set<String> features = new LinkedHashSet<>();
        for (String genre : movie.genres()) {
            if (!genre.equals(NO_GENRE)) {
                features.add("g:" + genre);
            }
        }
        ClusterLabeler.terms(movie).forEach(t -> features.add("t:" + t));
        return features;
    }
}
