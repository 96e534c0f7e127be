package com.reelwise.recommend;

import com.reelwise.problems.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which cluster-based list {@link ClusterRecommender} answers with. */
public enum ClusterMode {
    /** Movies from the clusters of the person's liked movies, closest to those liked movies first. */
    MORE_OF_MINE("more-of-mine"),
    /** Central, well-known movies of the untouched clusters nearest to the person's clusters: novelty. */
    EXPLORE("explore"),
    /** Each cluster's most central, well-known movies: broad-appeal picks, needing no profile. */
    BROAD_APPEAL("broad-appeal");

    private final String id;

    ClusterMode(String id) {
        this.id = id;
    }

    /** The stable name used in the API ({@code "clusterMode"}). */
    public String id() {
        return id;
    }

    /**
     * Parses an API name; null or blank means {@link #EXPLORE}.
     *
     * @throws InvalidInputException naming the accepted values
     */
    public static ClusterMode parse(String name) {
        if (name == null || name.isBlank()) {
            return EXPLORE;
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("Unknown clusterMode '" + name.strip() + "'; use one of "
                        + Arrays.stream(values()).map(ClusterMode::id).collect(Collectors.joining(", ")) + "."));
    }
}
