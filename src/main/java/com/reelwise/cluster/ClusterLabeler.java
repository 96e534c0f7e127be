package com.reelwise.cluster;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Labels clusters by lift: how much more often a term occurs in the cluster than in the catalog.
 * WHY lift with a minimum support: raw frequency names every cluster "Drama"; lift alone names it
 * after one odd movie's keyword.
 */
final class ClusterLabeler {

    static final int LABEL_TERMS = 2;
    static final int LABEL_GENRES = 1;
    /** A term must be on at least this share of the cluster's movies, and on at least MIN_COUNT of them. */
    static final double MIN_TERM_SHARE = 0.05;
    static final int MIN_COUNT = 3;
    /** A genre must be on at least this share of the cluster's movies to name it. */
    static final double MIN_GENRE_SHARE = 0.25;
    /** Only a term clearly more common in the cluster than overall characterises it. */
    static final double MIN_LIFT = 1.2;
    private static final String NO_GENRE = "(no genres listed)";

    private ClusterLabeler() {
    }

    static List<ClusterLabel> label(Catalog catalog, int[] movieIds, int[] assignments, int k) {
        List<Map<String, Integer>> termsByCluster = new ArrayList<>();
        List<Map<String, Integer>> genresByCluster = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            termsByCluster.add(new HashMap<>());
            genresByCluster.add(new HashMap<>());
        }
        Map<String, Integer> termsOverall = new HashMap<>();
        Map<String, Integer> genresOverall = new HashMap<>();
        int[] sizes = new int[k];
        int total = 0;
        for (int i = 0; i < movieIds.length; i++) {
            Movie movie = catalog.byId(movieIds[i]).orElse(null);
            if (movie == null) {
                continue;
            }
            int c = assignments[i];
            sizes[c]++;
            total++;
            for (String term : terms(movie)) {
                termsByCluster.get(c).merge(term, 1, Integer::sum);
                termsOverall.merge(term, 1, Integer::sum);
            }
            for (String genre : movie.genres()) {
                if (!genre.equals(NO_GENRE)) {
                    genresByCluster.get(c).merge(genre, 1, Integer::sum);
                    genresOverall.merge(genre, 1, Integer::sum);
                }
            }
        }
        List<ClusterLabel> labels = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            int minTermCount = Math.max(MIN_COUNT, (int) Math.ceil(MIN_TERM_SHARE * sizes[c]));
            int minGenreCount = Math.max(1, (int) Math.ceil(MIN_GENRE_SHARE * sizes[c]));
            List<String> terms = byLift(termsByCluster.get(c), termsOverall, sizes[c], total, minTermCount, 5);
            List<String> genres = byLift(genresByCluster.get(c), genresOverall, sizes[c], total, minGenreCount, 3);
            labels.add(new ClusterLabel(c, text(c, terms, genres), terms, genres, sizes[c]));
        }
        return labels;
    }

    /** Keywords and tags, lower-cased and de-duplicated (a tag equal to a keyword counts once). */
    static Set<String> terms(Movie movie) {
        Set<String> terms = new LinkedHashSet<>();
        movie.keywords().forEach(k -> terms.add(k.strip().toLowerCase(Locale.ROOT)));
        movie.tags().forEach(t -> terms.add(t.strip().toLowerCase(Locale.ROOT)));
        terms.remove("");
        return terms;
    }

    private static List<String> byLift(Map<String, Integer> inCluster, Map<String, Integer> overall, int size, int total,
            int minCount, int limit) {
        if (size == 0) {
            return List.of();
        }
        record Lift(String term, double lift, int count) {
        }
        return inCluster.entrySet().stream()
                .filter(e -> e.getValue() >= minCount)
                .map(e -> new Lift(e.getKey(), ((double) e.getValue() / size) / ((double) overall.get(e.getKey()) / total), e.getValue()))
                .filter(l -> l.lift() >= MIN_LIFT)
                // Ties (common with few movies) go to the more frequent term, then alphabetically, for stable labels.
                .sorted(Comparator.comparingDouble(Lift::lift).reversed()
                        .thenComparing(Comparator.comparingInt(Lift::count).reversed())
                        .thenComparing(Lift::term))
                .limit(limit)
                .map(Lift::term)
                .toList();
    }

    private static String text(int cluster, List<String> terms, List<String> genres) {
        List<String> parts = new ArrayList<>(terms.subList(0, Math.min(LABEL_TERMS, terms.size())));
        // Without characteristic keywords, two genres say more than one.
        int genreCount = parts.isEmpty() ? LABEL_GENRES + 1 : LABEL_GENRES;
        parts.addAll(genres.subList(0, Math.min(genreCount, genres.size())));
        return parts.isEmpty() ? "Cluster " + (cluster + 1) : String.join(" · ", parts);
    }
}
