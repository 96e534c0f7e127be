package com.reelwise.api;

import com.reelwise.recommend.Explanation;
import com.reelwise.recommend.Filters;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.Recommendations;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Personal recommendations through the one recommender contract. */
@RestController
class RecommendationController {

    private final Recommendations recommendations;

    RecommendationController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    /** The request as JSON; every field but {@code liked} is optional. */
    record Body(List<Integer> liked, List<Integer> disliked, List<Integer> seen, String mood, String method, Double alpha,
                Double diversity, Integer count, List<String> genres, Integer yearFrom, Integer yearTo, Integer minRatings) {

        RecommendationRequest toRequest() {
            Profile profile = new Profile(orEmpty(liked), orEmpty(disliked), orEmpty(seen), mood);
            Filters filters = new Filters(genres == null ? Set.of() : Set.copyOf(genres), yearFrom, yearTo, minRatings == null ? 0 : minRatings);
            return new RecommendationRequest(profile, Method.parse(method), filters, count == null ? 10 : count,
                    alpha == null ? 0.5 : alpha, diversity == null ? 0.0 : diversity);
        }

        private static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : list;
        }
    }

    record Item(int movieId, String title, Integer year, List<String> genres, String posterUrl, double score, Double cfScore,
                Double contentScore, Explanation explanation) {

        static Item of(Recommendation r) {
            return new Item(r.movie().movieId(), r.movie().title(), r.movie().year(), r.movie().genres(), r.movie().posterUrl(),
                    r.score(), r.cfScore(), r.contentScore(), r.explanation());
        }
    }

    @PostMapping("/api/recommendations")
    ItemsResponse<Item> recommend(@RequestBody Body body) {
        if (body == null) {
            throw new IllegalArgumentException("Send a JSON body such as {\"liked\":[1,2,3]}.");
        }
        return new ItemsResponse<>(recommendations.recommend(body.toRequest()).stream().map(Item::of).toList());
    }
}
