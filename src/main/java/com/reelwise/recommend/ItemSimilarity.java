package com.reelwise.recommend;

import com.reelwise.catalog.Movie;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How alike two movies are, in [0, 1]; drives MMR diversity and the intra-list diversity figure. */
public interface ItemSimilarity {

    double between(Movie a, Movie b);

    /** Jaccard overlap of genres and keywords: needs no model, so diversity works before any training. */
    ItemSimilarity GENRES_AND_KEYWORDS = (a, b) -> {
        Set<String> left = features(a);
        Set<String> right = features(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        return (double) common.size() / (left.size() + right.size() - common.size());
    };

    /** 1 − the mean pairwise similarity of a list (1: nothing alike; 0: all identical). */
    default double intraListDiversity(List<Movie> movies) {
        if (movies.size() < 2) {
            return 0;
        }
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < movies.size(); i++) {
            for (int j = i + 1; j < movies.size(); j++) {
                sum += between(movies.get(i), movies.get(j));
                pairs++;
            }
        }
        return 1 - sum / pairs;
    }

    private static Set<String> features(Movie movie) {
        Set<String> features = new HashSet<>();
        movie.genres().forEach(g -> features.add("g:" + g));
        movie.keywords().forEach(k -> features.add("k:" + k));
        return features;
    }
}
