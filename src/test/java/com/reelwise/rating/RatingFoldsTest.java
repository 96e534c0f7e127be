package com.reelwise.rating;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.TestDatasets;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The folds on the real files: no test rating in training, validation carved from base, every rating tested once. */
class RatingFoldsTest {

    @Test
    void ml100kOfficialFoldsKeepTestOutOfTrainingAndTestEveryRatingOnce() {
        TestDatasets.require("ml-100k/u1.base");
        MovieLensDataset release = MovieLensDataset.find(TestDatasets.dir(), "ml-100k").orElseThrow();
        Ratings ratings = RatingsReader.read(release);
        List<EvaluateRatings.Fold> folds = EvaluateRatings.officialFolds(release.dir(), ratings);
        assertThat(folds).hasSize(5);
        Set<Long> tested = new HashSet<>();
        for (EvaluateRatings.Fold fold : folds) {
            assertThat(fold.base().size() + fold.test().size()).isEqualTo(100_000);
            assertThat(fold.train().size() + fold.validation().size()).isEqualTo(fold.base().size());
            assertThat(fold.validation().size()).isEqualTo(Math.round(0.05 * fold.base().size()));
            Set<Long> train = pairs(fold.train());
            Set<Long> test = pairs(fold.test());
            assertThat(overlap(train, test)).isEmpty();
            assertThat(overlap(train, pairs(fold.validation()))).isEmpty();
            tested.addAll(test);
        }
        assertThat(tested).hasSize(100_000);
    }

    @Test
    void randomFoldsPartitionTheRatings() {
        TestDatasets.require("ml-latest-small/ratings.csv");
        Ratings ratings = RatingsReader.read(MovieLensDataset.find(TestDatasets.dir(), "ml-latest-small").orElseThrow());
        List<EvaluateRatings.Fold> folds = EvaluateRatings.randomFolds(ratings, 42);
        Set<Long> tested = new HashSet<>();
        int total = 0;
        for (EvaluateRatings.Fold fold : folds) {
            assertThat(overlap(pairs(fold.base()), pairs(fold.test()))).isEmpty();
            tested.addAll(pairs(fold.test()));
            total += fold.test().size();
        }
        assertThat(total).isEqualTo(ratings.size());
        assertThat(tested).hasSize(ratings.size());
        assertThat(EvaluateRatings.randomFolds(ratings, 42).get(2).test().users())
                .containsExactly(folds.get(2).test().users());
    }

    /** Hash-set intersection: AssertJ's doesNotContainAnyElementsOf compares every pair (minutes at 80k x 20k). */
    private static Set<Long> overlap(Set<Long> a, Set<Long> b) {
        Set<Long> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static Set<Long> pairs(RatingData data) {
        Set<Long> out = new HashSet<>();
        for (int k = 0; k < data.size(); k++) {
            out.add((long) data.users()[k] * 1_000_000 + data.items()[k]);
        }
        return out;
    }
}
