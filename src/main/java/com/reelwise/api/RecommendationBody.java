package com.reelwise.api;

import com.reelwise.recommend.CandidateSearch;
import com.reelwise.recommend.ClusterMode;
import com.reelwise.recommend.Filters;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.RecommendationRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;

/**
 * The JSON of {@code POST /api/recommendations}; every field but {@code liked} is optional. A class
 * with public fields rather than a record so the explain body can extend it by one field.
 */
@Schema(name = "RecommendationRequest", description = "A person's taste and what to recommend. Only liked is required.")
public class RecommendationBody {

    @Schema(description = "Catalog ids of movies the person likes; at least 3.", example = "[1, 2, 3]", requiredMode = Schema.RequiredMode.REQUIRED)
    public List<Integer> liked;

    @Schema(description = "Catalog ids of movies the person dislikes (pushed away by content and NCF).", example = "[]")
    public List<Integer> disliked;

    @Schema(description = "Catalog ids the person has seen: never recommended.", example = "[]")
    public List<Integer> seen;

    @Schema(description = "Free text about the mood, at most 500 characters; the content and hybrid methods read it.",
            example = "optional text", nullable = true)
    public String mood;

    @Schema(description = "Which recommender answers.", allowableValues = {"hybrid", "next", "ncf", "content", "cluster", "popular"},
            defaultValue = "hybrid", example = "hybrid")
    public String method;

    @Schema(description = "Hybrid balance in [0, 1]: 0.5 = the learned ranker alone; lower leans on content evidence, higher on "
            + "collaborative evidence; when absent, reelwise.hybrid.default-alpha (0.5, the learned ranker alone).", example = "0.5")
    public Double alpha;

    @Schema(description = "Hybrid discovery in [0, 1]: 0 = as the ranker orders them; higher lifts less-known films on purpose.",
            defaultValue = "0.0", example = "0.0")
    public Double discovery;

    @Schema(description = "MMR diversity in [0, 1]: 0 = by score only.", defaultValue = "0.0", example = "0.0")
    public Double diversity;

    @Schema(description = "How many movies, 1 to 100.", defaultValue = "10", example = "10")
    public Integer count;

    @Schema(description = "Keep movies with at least one of these genres (empty: any).", example = "[]")
    public List<String> genres;

    @Schema(description = "Earliest release year, or null.", nullable = true)
    public Integer yearFrom;

    @Schema(description = "Latest release year, or null.", nullable = true)
    public Integer yearTo;

    @Schema(description = "Minimum number of MovieLens ratings (0 lets unrated cold-start movies in).", defaultValue = "0")
    public Integer minRatings;

    @Schema(description = "Used when method is cluster: more-of-mine (your clusters), explore (untouched clusters next to yours), "
            + "broad-appeal (each cluster's central, well-known movies).", allowableValues = {"more-of-mine", "explore", "broad-appeal"},
            defaultValue = "explore", example = "explore")
    public String clusterMode;

    @Schema(description = "How the content method, and the hybrid's content and mood sources, find their candidates: exact (every "
            + "film scored), hnsw (Lucene's approximate nearest-neighbour index) or auto (the index from 50,000 films on).", allowableValues = {"auto", "exact", "hnsw"},
            defaultValue = "auto", example = "auto")
    public String candidates;

    /** @param defaultAlpha the blend when the body gives none: the validation-tuned {@code reelwise.hybrid.default-alpha} */
    RecommendationRequest toRequest(double defaultAlpha) {
        return toRequest(defaultAlpha, new Profile(orEmpty(liked), orEmpty(disliked), orEmpty(seen), mood));
    }

    /** This body's method, filters and settings for another profile (a saved person's lists merged with this body's). */
    public RecommendationRequest toRequest(double defaultAlpha, Profile profile) {
        Filters filters = new Filters(genres == null ? Set.of() : Set.copyOf(genres), yearFrom, yearTo, minRatings == null ? 0 : minRatings);
        return new RecommendationRequest(profile, Method.parse(method), filters, count == null ? 10 : count,
                alpha == null ? defaultAlpha : alpha, diversity == null ? 0.0 : diversity, ClusterMode.parse(clusterMode),
                discovery == null ? 0.0 : discovery, CandidateSearch.parse(candidates));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
