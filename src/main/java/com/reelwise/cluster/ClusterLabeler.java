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
 * Labels clusters from their most distinctive keywords/tags by class-based TF-IDF (c-TF-IDF, as in
 * BERTopic): a term's share of the cluster's movies times log(1 + A / its catalog count), A the
 * mean cluster size. WHY: raw frequency names every cluster "Drama" or "woman director"; lift alone
 * (the previous rule) names it after a term a handful of its movies share ("christmas" for the
 * Toy Story cluster). c-TF-IDF weighs how much of the cluster a term covers against how common it
 * is everywhere, a minimum support keeps one-off terms out, and a stop-list drops TMDB keywords
 * that describe how a film was made or released rather than what it is about. Genres, few and
 * broad, are still picked by lift.
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

    /**
     * Keywords and tags that say nothing about a film's content: production facts, release
     * trivia, content flags and MovieLens users' list-keeping tags. Lower case.
     */
    static final Set<String> STOP_TERMS = Set.of(
            "woman director", "independent film", "duringcreditsstinger", "aftercreditsstinger", "sequel", "prequel", "remake",
            "based on novel", "based on novel or book", "based on comic", "based on comic book", "based on graphic novel",
            "based on play or musical", "based on young adult novel", "based on video game", "based on tv series",
            "based on true story", "based on true events", "based on short story", "based on a true story", "short", "3d", "imax",
            "nudity", "female nudity", "male nudity", "in netflix queue", "netflix queue", "dvd", "bd-r", "clv", "owned", "seen it",
            "seen more than once", "imdb top 250", "criterion", "must see", "national film registry", "oscar (best picture)");

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
        Set<String> genreNames = new java.util.HashSet<>();
        genresOverall.keySet().forEach(g -> {
            genreNames.add(g.toLowerCase(Locale.ROOT));
            genreNames.add(g.toLowerCase(Locale.ROOT).replace("-", ""));
        });
        genreNames.add("science fiction");
        List<ClusterLabel> labels = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            int minTermCount = Math.max(MIN_COUNT, (int) Math.ceil(MIN_TERM_SHARE * sizes[c]));
            int minGenreCount = Math.max(1, (int) Math.ceil(MIN_GENRE_SHARE * sizes[c]));
            List<String> genres = byLift(genresByCluster.get(c), genresOverall, sizes[c], total, minGenreCount, 3);
            Map<String, Integer> clusterTerms = new HashMap<>(termsByCluster.get(c));
            // A tag such as "comedy" or "sci-fi" repeats a genre, which the label names on its own.
            clusterTerms.keySet().removeIf(t -> genreNames.contains(t));
            List<String> terms = byClassTfIdf(clusterTerms, termsOverall, sizes[c], (double) total / k, minTermCount, 5);
            labels.add(new ClusterLabel(c, text(c, terms, genres), terms, genres, sizes[c]));
        }
        return labels;
    }

    /** Keywords and tags, lower-cased and de-duplicated (a tag equal to a keyword counts once), stop-listed terms left out. */
    static Set<String> terms(Movie movie) {
        Set<String> terms = new LinkedHashSet<>();
        movie.keywords().forEach(k -> terms.add(k.strip().toLowerCase(Locale.ROOT)));
        movie.tags().forEach(t -> terms.add(t.strip().toLowerCase(Locale.ROOT)));
        terms.remove("");
        terms.removeAll(STOP_TERMS);
        return terms;
    }

    /**
     * Terms by c-TF-IDF: (count in cluster / cluster size) x log(1 + meanClusterSize / catalog count),
     * among terms on at least {@code minCount} of the cluster's movies.
     */
    private static List<String> byClassTfIdf(Map<String, Integer> inCluster, Map<String, Integer> overall, int size, double meanClusterSize,
                                             int minCount, int limit) {
        if (size == 0) {
            return List.of();
        }
        record Weighted(String term, double weight, int count) {
        }
        return inCluster.entrySet().stream()
                .filter(e -> e.getValue() >= minCount)
                .map(e -> new Weighted(e.getKey(),
                        ((double) e.getValue() / size) * Math.log(1 + meanClusterSize / overall.get(e.getKey())), e.getValue()))
                .sorted(Comparator.comparingDouble(Weighted::weight).reversed()
                        .thenComparing(Comparator.comparingInt(Weighted::count).reversed())
                        .thenComparing(Weighted::term))
                .limit(limit)
                .map(Weighted::term)
                .toList();
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
        // "animation · Animation" says one thing twice: a term that is a genre name gives way to the genre.
        Set<String> genreNames = new java.util.HashSet<>();
        genres.forEach(g -> genreNames.add(g.toLowerCase(Locale.ROOT)));
        List<String> distinct = terms.stream().filter(t -> !genreNames.contains(t)).toList();
        List<String> parts = new ArrayList<>(distinct.subList(0, Math.min(LABEL_TERMS, distinct.size())));
        // Without characteristic keywords, two genres say more than one.
        int genreCount = parts.isEmpty() ? LABEL_GENRES + 1 : LABEL_GENRES;
        parts.addAll(genres.subList(0, Math.min(genreCount, genres.size())));
        return parts.isEmpty() ? "Cluster " + (cluster + 1) : String.join(" · ", parts);
    }
}
