package com.reelwise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.TestDatasets;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.text.CatalogEmbeddings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On the real catalog with bag-of-keywords vectors; skipped where the shared data sets are absent. */
class ClusterRealDataTest {

    private static final int TOY_STORY = 1;

    @Test
    void clustersTheRealCatalogWithMeaningfulLabels() {
        TestDatasets.require("ml-latest-small/movies.csv");
        Catalog catalog = new CatalogLoader(TestDatasets.dir(), false)
                .load(MovieLensDataset.find(TestDatasets.dir(), "ml-latest-small"));
        CatalogEmbeddings vectors = KeywordVectors.of(catalog, KeywordVectors.DEFAULT_DIMENSION);
        // A coarse grid and a smaller sample keep this to seconds; the exec main runs the full grid.
        List<Integer> grid = List.of(8, 16, 24, 32, 40);

        ClusterModel model = ClusterModelBuilder.build(vectors, catalog, 42, new ClusterModelBuilder.Options(grid, 1500, 30, false));

        assertThat(grid).contains(model.kSelection().chosenK());
        assertThat(model.k()).isEqualTo(model.kSelection().chosenK());
        assertThat(model.labels()).allSatisfy(label -> assertThat(label.text()).isNotBlank());
        ClusterLabel toyStory = model.label(model.clusterOf(TOY_STORY));
        assertThat(toyStory.genres()).containsAnyOf("Animation", "Children");
        assertThat(model.map().points()).hasSize(vectors.size());

        List<Recommendation> more = new ClusterRecommender(model, vectors, catalog, new CandidateRanker(catalog), ClusterMode.MORE_OF_MINE)
                .recommend(RecommendationRequest.of(Profile.liking(List.of(TOY_STORY)), Method.CLUSTER, 10));
        assertThat(more).hasSize(10).allSatisfy(r -> assertThat(model.clusterOf(r.movie().movieId())).isEqualTo(model.clusterOf(TOY_STORY)));
    }
}
