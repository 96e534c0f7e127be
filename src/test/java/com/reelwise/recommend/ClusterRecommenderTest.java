package com.reelwise.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.cluster.ClusterModel;
import com.reelwise.cluster.Fixture;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClusterRecommenderTest {

    private static final Fixture FIXTURE = Fixture.create();
    private static final ClusterModel MODEL = FIXTURE.model();

    private static ClusterRecommender recommender(ClusterMode mode) {
        return new ClusterRecommender(MODEL, FIXTURE.embeddings, FIXTURE.catalog, new CandidateRanker(FIXTURE.catalog), mode);
    }

    private static List<Recommendation> recommend(ClusterMode mode, Profile profile, int count) {
        return recommender(mode).recommend(RecommendationRequest.of(profile, Method.CLUSTER, count));
    }

    private static Set<Integer> clustersOf(List<Recommendation> recommendations) {
        return recommendations.stream().map(r -> MODEL.clusterOf(r.movie().movieId())).collect(Collectors.toSet());
    }

    @Test
    void moreOfMineRecommendsOnlyFromThePersonsClusters() {
        Profile profile = Profile.liking(List.of(Fixture.id(2, 0), Fixture.id(2, 1), Fixture.id(4, 0)));

        List<Recommendation> recommendations = recommend(ClusterMode.MORE_OF_MINE, profile, 30);

        assertThat(recommendations).hasSize(30);
        assertThat(clustersOf(recommendations)).containsExactlyInAnyOrder(MODEL.clusterOf(Fixture.id(2, 0)), MODEL.clusterOf(Fixture.id(4, 0)));
        // Two liked movies in theme 2 against one in theme 4: theme 2 leads.
        assertThat(MODEL.clusterOf(recommendations.get(0).movie().movieId())).isEqualTo(MODEL.clusterOf(Fixture.id(2, 0)));
        assertThat(recommendations).extracting(r -> r.movie().movieId()).doesNotContainAnyElementsOf(profile.liked());
    }

    @Test
    void moreOfMineExplainsWithALikedMovieOfTheSameCluster() {
        Profile profile = Profile.liking(List.of(Fixture.id(2, 0), Fixture.id(4, 0)));

        for (Recommendation r : recommend(ClusterMode.MORE_OF_MINE, profile, 10)) {
            int cluster = MODEL.clusterOf(r.movie().movieId());
            assertThat(r.explanation().becauseOf()).isNotEmpty().allSatisfy(id -> {
                assertThat(profile.liked()).contains(id);
                assertThat(MODEL.clusterOf(id)).isEqualTo(cluster);
            });
            int because = r.explanation().becauseOf().get(0);
            assertThat(r.explanation().text()).contains(MODEL.label(cluster).text()).contains("Movie " + because);
        }
    }

    @Test
    void exploreRecommendsFromUntouchedNeighbouringClusters() {
        Profile profile = new Profile(List.of(Fixture.id(0, 0), Fixture.id(0, 1)), List.of(), List.of(Fixture.id(3, 0)), null);
        Set<Integer> touched = Set.of(MODEL.clusterOf(Fixture.id(0, 0)), MODEL.clusterOf(Fixture.id(3, 0)));

        List<Recommendation> recommendations = recommend(ClusterMode.EXPLORE, profile, 30);

        assertThat(recommendations).isNotEmpty();
        assertThat(clustersOf(recommendations)).doesNotContainAnyElementsOf(touched).hasSizeLessThanOrEqualTo(ClusterRecommender.NEIGHBOURS);
        // Theme 1 is theme 0's planted neighbour: it comes first.
        int neighbour = MODEL.clusterOf(Fixture.id(1, 0));
        assertThat(MODEL.clusterOf(recommendations.get(0).movie().movieId())).isEqualTo(neighbour);
        Recommendation first = recommendations.get(0);
        assertThat(first.explanation().becauseOf()).isNotEmpty().allSatisfy(id -> assertThat(MODEL.clusterOf(id)).isEqualTo(MODEL.clusterOf(Fixture.id(0, 0))));
        assertThat(first.explanation().text())
                .isEqualTo("From the cluster '%s' next to your '%s' picks", MODEL.label(neighbour).text(), MODEL.label(MODEL.clusterOf(Fixture.id(0, 0))).text());
    }

    @Test
    void broadAppealSpansClustersAndPrefersCentralWellKnownMovies() {
        List<Recommendation> recommendations = recommend(ClusterMode.BROAD_APPEAL, Profile.liking(List.of()), Fixture.THEMES);

        assertThat(clustersOf(recommendations)).hasSize(Fixture.THEMES);
        assertThat(recommendations).allSatisfy(r -> assertThat(r.score()).isEqualTo(1.0));
    }

    @Test
    void withoutClusteredLikesTheModesFallBackToBroadAppeal() {
        List<Recommendation> recommendations = recommend(ClusterMode.MORE_OF_MINE, Profile.liking(List.of(999_999)), 5);

        assertThat(recommendations).hasSize(5).allSatisfy(r -> assertThat(r.explanation().details()).anyMatch(d -> d.contains("broad-appeal")));
    }

    @Test
    void refusesEmbeddingsOfAnotherWidthThanTheModel() {
        com.reelwise.text.CatalogEmbeddings other = new com.reelwise.text.CatalogEmbeddings(new int[] {1}, new float[][] {{1, 0}});

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ClusterRecommender(MODEL, other, FIXTURE.catalog,
                new CandidateRanker(FIXTURE.catalog), ClusterMode.EXPLORE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rebuild");
    }

    @Test
    void answersAsTheClusterMethod() {
        assertThat(recommender(ClusterMode.EXPLORE).method()).isEqualTo(Method.CLUSTER);
    }
}
