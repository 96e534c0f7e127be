package com.reelwise.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.catalog.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class HybridRecommenderTest {

    @Test
    void collaborativeWeightGrowsWithRatingsAndIsZeroForColdStart() {
        assertThat(HybridRecommender.cfWeight(0.8, 0)).isZero();
        assertThat(HybridRecommender.cfWeight(0.8, 10)).isEqualTo(0.4);
        assertThat(HybridRecommender.cfWeight(0.8, 1_000)).isCloseTo(0.8, org.assertj.core.data.Offset.offset(0.01));
        assertThat(HybridRecommender.cfWeight(0.0, 1_000)).isZero();
        assertThat(HybridRecommender.cfWeight(0.8, 5)).isLessThan(HybridRecommender.cfWeight(0.8, 50));
    }

    @Test
    void zScoresKeepNaNAndCentre() {
        float[] z = HybridRecommender.zScores(new float[] {1f, Float.NaN, 3f});

        assertThat(z[0]).isEqualTo(-1f);
        assertThat(z[1]).isNaN();
        assertThat(z[2]).isEqualTo(1f);
        assertThat(HybridRecommender.zScores(new float[] {2f, 2f})).containsExactly(0f, 0f);
    }

    @Test
    void withoutTheCollaborativeModelItBlendsContentOnlyAndSaysSo() {
        Catalog catalog = ContentRecommenderTest.catalog();
        CandidateRanker ranker = new CandidateRanker(catalog);
        ContentRecommender content = new ContentRecommender(new EmbeddingMatrix(ContentRecommenderTest.embeddings(), ranker), ranker,
                ContentRecommenderTest::romanceMood);
        HybridRecommender hybrid = new HybridRecommender(content, () -> null, ranker);
        Profile profile = Profile.liking(List.of(1, 2, 3));

        List<Recommendation> blended = hybrid.recommend(RecommendationRequest.of(profile, Method.HYBRID, 5));
        List<Recommendation> contentOnly = content.recommend(RecommendationRequest.of(profile, Method.CONTENT, 5));

        assertThat(blended).extracting(r -> r.movie().movieId()).containsExactlyElementsOf(contentOnly.stream().map(r -> r.movie().movieId()).toList());
        assertThat(blended).allSatisfy(r -> {
            assertThat(r.cfScore()).isZero();
            assertThat(r.explanation().details()).contains("Score split: 0% collaborative, 100% content", "Collaborative model not ready yet: content only");
        });
    }
}
