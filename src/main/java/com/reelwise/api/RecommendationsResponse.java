package com.reelwise.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.reelwise.recommend.Explanation;
import com.reelwise.recommend.ListDiversity;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.RecommendationList;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.ScoreParts;
import com.reelwise.results.WatchChances;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer of every recommendation endpoint: {@code POST /api/recommendations} and a saved profile's recommendations. */
@Schema(description = "Recommendations, best first, and how varied they are.")
public record RecommendationsResponse(
        List<Item> items,
        @Schema(description = "Mean pairwise distance of the returned items: 1 − cosine of their content (text) embeddings "
                + "when the content model is loaded and every item has one (0 = identical, up to 2), else genre Jaccard "
                + "distance 1 − |A∩B|/|A∪B| (0 to 1). 0 for fewer than two items. diversityMeasure says which.")
        double intraListDiversity,
        @Schema(description = "Which distance intraListDiversity used.", allowableValues = {ListDiversity.EMBEDDING_COSINE,
                ListDiversity.GENRE_JACCARD})
        String diversityMeasure) {

    /** {@code list} as answered to {@code request}, each item with the chance its place in a list by that method carries. */
    public static RecommendationsResponse of(RecommendationList list, RecommendationRequest request, WatchChances chances) {
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            items.add(Item.of(list.items().get(i), chances.at(request.method(), i + 1).orElse(null)));
        }
        return new RecommendationsResponse(items, list.diversity().value(), list.diversity().measure());
    }

    @Schema(description = "One recommended movie.")
    public record Item(int movieId, String title, Integer year, List<String> genres, String posterUrl,
                       @Schema(description = "Ratings of the movie here (MovieLens).") int ratingCount,
                       @Schema(description = "Mean rating here, null when unrated.") Double meanRating,
                       @Schema(description = "TMDB vote count, 0 when unknown.") int tmdbVotes,
                       @Schema(description = "The score the list is ordered by (method-specific scale).") double score,
                       @Schema(description = "The score to show a person, the same meaning for every method: the share of films at "
                               + "this place of this method's lists that people went on to watch in the evaluation harness (newcomer-"
                               + "sized profiles), with the sentence that says so; absent when not measured.")
                       @JsonInclude(JsonInclude.Include.NON_NULL) WatchChances.Chance watchChance,
                       @Schema(description = "Collaborative part of the score; null when the method has none.") Double cfScore,
                       @Schema(description = "Content part of the score; null when the method has none.") Double contentScore,
                       @Schema(description = "The whole split of the score by kind of evidence (hybrid: the ranker's exact "
                               + "contributions by group); null when the method gives none.")
                       @JsonInclude(JsonInclude.Include.NON_NULL) ScoreParts parts,
                       Explanation explanation,
                       @Schema(description = "Label of the movie's cluster; only when method is cluster.")
                       @JsonInclude(JsonInclude.Include.NON_NULL) String cluster) {

        static Item of(Recommendation r, WatchChances.Chance chance) {
            return new Item(r.movie().movieId(), r.movie().title(), r.movie().year(), r.movie().genres(), r.movie().posterUrl(),
                    r.movie().ratingCount(), r.movie().meanRating(), r.movie().tmdbVotes(),
                    r.score(), chance, r.cfScore(), r.contentScore(), r.parts(), r.explanation(), r.cluster());
        }
    }
}
