package com.reelwise.training;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.hybrid.HybridTrainer;
import com.reelwise.hybrid.SourceModels;
import com.reelwise.ncf.NeuMfRecommender;
import com.reelwise.ranker.GradientBoostedRanker;
import com.reelwise.ranker.RankerSettings;
import com.reelwise.ratings.LatestHoldout;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.ContentRecommender;
import com.reelwise.recommend.EmbeddingMatrix;
import com.reelwise.recommend.NcfRecommender;
import com.reelwise.recommend.HistorySource;
import com.reelwise.sequence.SequenceScorer;
import com.reelwise.text.CatalogEmbeddings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Trains the hybrid's ranker on the product split ({@link LatestHoldout#product}): from the held-out films,
 * with sources trained on the rest and the catalog's rating counts and means computed from the rest, so no
 * held-out rating reaches a feature.
 */
public final class HybridPipeline {

    private HybridPipeline() {
    }

    /**
     * Trains the ranker from already trained sources and writes it to {@code out}.
     *
     * @param ratedOnly the app's catalog setting, so the training pool holds the films the app will show
     * @param mood      encodes a mood sentence (never called: training profiles have none)
     * @param people    the most people whose queries the ranker learns from (a seeded sample; {@link Integer#MAX_VALUE}: all)
     */
    public static GradientBoostedRanker trainRanker(Path dataDir, MovieLensDataset dataset, Ratings ratings, boolean ratedOnly,
                                                    NeuMfRecommender neumf, SequenceScorer sequence, SequenceScorer taste,
                                                    CatalogEmbeddings embeddings,
                                                    Function<String, float[]> mood, RankerSettings settings, int people, boolean bar, Path out) {
        LatestHoldout split = LatestHoldout.product(ratings);
        Catalog catalog = new CatalogLoader(dataDir, ratedOnly).load(Optional.of(dataset),
                ratings.restrictedTo(split.trainInteractions(ratings.movies().size())));
        CandidateRanker ranker = new CandidateRanker(catalog);
        ContentRecommender content = ContentRecommender.repeatable(new EmbeddingMatrix(embeddings, ranker), ranker, mood);
        NcfRecommender ncf = neumf == null ? null : new NcfRecommender(neumf, ranker, null);
        HistorySource next = sequence == null ? null : HistorySource.sequential(sequence, ranker);
        HistorySource tasteSource = taste == null ? null : HistorySource.taste(taste, ranker);
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("dataset", dataset.name());
        notes.put("protocol", "latest " + Math.round(100 * LatestHoldout.PRODUCT_SHARE) + "% of each person's films held out; sources trained on the rest; "
                + "catalog rating counts from the rest; queries: each person's whole history and 3-10 of its films");
        List<HybridTrainer.Query> queries = HybridTrainer.ofPeople(
                HybridTrainer.queries(split.train(), split.heldOut(), ratings.movies()::idAt, settings.seed()), people, settings.seed());
        if (people != Integer.MAX_VALUE) {
            notes.put("peopleSampled", people);
        }
        GradientBoostedRanker trained = new HybridTrainer(ranker, content, SourceModels.of(ncf, next, tasteSource))
                .train(queries, settings, bar, notes);
        trained.save(out);
        return trained;
    }
}
