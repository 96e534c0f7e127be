package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.TestDatasets;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.RatingsReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** On real data, skipped where the shared data sets are absent. */
class RealDataTest {

    @Test
    void easeClearlyBeatsPopularityOnMlLatestSmallUnderLoo99neg() {
        TestDatasets.require("ml-latest-small/ratings.csv");
        MovieLensDataset dataset = MovieLensDataset.find(TestDatasets.dir(), "ml-latest-small").orElseThrow();
        Protocol protocol = Protocol.loo99neg(42);
        Split split = Splitter.split(RatingsReader.read(dataset), protocol);
        SplitterTest.assertDisjoint(split);
        Evaluator evaluator = new Evaluator(2);
        RankingModel popular = new PopularityModel();
        popular.fit(split.train(), split.validation());
        // One lambda keeps this to a single 9,724 x 9,724 inversion.
        RankingModel ease = new EaseModel(300);
        ease.fit(split.train(), split.validation());
        Map<String, Double> pop = evaluator.evaluate(popular, split, protocol);
        Map<String, Double> es = evaluator.evaluate(ease, split, protocol);
        assertThat(es.get("HR@10")).isGreaterThan(pop.get("HR@10") + 0.05);
        assertThat(es.get("NDCG@10")).isGreaterThan(pop.get("NDCG@10") + 0.05);
    }
}
