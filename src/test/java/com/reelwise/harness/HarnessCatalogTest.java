package com.reelwise.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.TestDatasets;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.eval.ColdStartSplit;
import com.reelwise.eval.Protocol;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import org.junit.jupiter.api.Test;

/** On ml-latest-small: the films whose every rating the cold-start split hides stay in the served catalog, unrated. */
class HarnessCatalogTest {

    @Test
    void everyFilmOfTheReleaseStaysWithCountsFromTheKnownPartOnly() {
        MovieLensDataset dataset = MovieLensDataset.find(TestDatasets.require("ml-latest-small").getParent(), "ml-latest-small")
                .orElseThrow();
        Ratings ratings = RatingsReader.read(dataset);
        ColdStartSplit split = ColdStartSplit.of(ratings, Protocol.coldStart(42));

        Catalog catalog = HarnessCatalog.of(dataset, ratings, split.train());

        assertThat(catalog.movies()).hasSize(ratings.movies().size());
        for (int item : split.heldOut()) {
            Movie held = catalog.byId(ratings.movies().idAt(item)).orElseThrow();
            assertThat(held.ratingCount()).as(held.title()).isZero();
            assertThat(held.meanRating()).isNull();
        }
        int[] known = split.train().itemCounts();
        for (int item = 0; item < known.length; item += 97) {
            assertThat(catalog.byId(ratings.movies().idAt(item)).orElseThrow().ratingCount()).isEqualTo(known[item]);
        }
    }
}
