package com.reelwise.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reelwise.catalog.Catalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopularRecommenderTest {

    private final Catalog catalog = RecommendTestData.catalog();
    private final Recommendations recommendations = new Recommendations(new RequestValidator(catalog),
            List.of(new PopularRecommender(catalog, new CandidateRanker(catalog))),
            Map.of(Method.NCF, "The NCF model is not trained yet; run: mvn -q compile exec:java@train"));

    @Test
    void mostRatedFirstWithAnHonestReason() {
        List<Recommendation> top = recommendations.recommend(RecommendationRequest.of(Profile.liking(List.of(1, 2, 6)), Method.POPULAR, 2));

        assertThat(top).extracting(r -> r.movie().movieId()).containsExactly(3, 4);
        assertThat(top.get(0).explanation().text()).isEqualTo("Popular: rated by 200 people here, 3.5 stars on average");
        assertThat(top.get(0).cfScore()).isNull();
    }

    @Test
    void unavailableMethodSaysHowToFixIt() {
        assertThatThrownBy(() -> recommendations.recommend(RecommendationRequest.of(Profile.liking(List.of(1, 2, 3)), Method.NCF, 5)))
                .isInstanceOf(MethodUnavailableException.class)
                .hasMessageContaining("exec:java@train");
        assertThat(recommendations.available()).containsExactly(Method.POPULAR);
    }
}
