package com.reelwise.cluster;

/** Which cluster-based list {@link ClusterRecommender} answers with. */
public enum ClusterMode {
    /** Movies from the clusters of the person's liked movies, closest to those liked movies first. */
    MORE_OF_MINE,
    /** Central, well-known movies of the untouched clusters nearest to the person's clusters: novelty. */
    EXPLORE,
    /** Each cluster's most central, well-known movies: broad-appeal picks, needing no profile. */
    BROAD_APPEAL
}
