package com.reelwise.cluster;

import java.util.List;

/**
 * What a cluster is about, from its most characteristic terms.
 *
 * @param cluster the cluster id
 * @param text    display label, e.g. "heist · bank robbery · Crime"
 * @param terms   most distinctive keywords/tags (c-TF-IDF, stop-listed terms left out), best first
 * @param genres  genres with the highest lift among those at least a quarter of the cluster has, best first
 * @param size    movies in the cluster
 */
public record ClusterLabel(int cluster, String text, List<String> terms, List<String> genres, int size) {

    public ClusterLabel {
        terms = List.copyOf(terms);
        genres = List.copyOf(genres);
    }
}
