package com.reelwise.hybrid;

import com.reelwise.recommend.HistorySource;
import com.reelwise.recommend.NcfRecommender;
import java.util.function.Supplier;

/**
 * The collaborative sources the hybrid asks, each a supplier of null while it loads (or when the app has none):
 * NeuMF (fold-in), the sequential model, and the taste autoencoder.
 */
public record SourceModels(Supplier<NcfRecommender> ncf, Supplier<HistorySource> next, Supplier<HistorySource> taste) {

    /** Fixed sources, e.g. in the evaluation harness or a test (any may be null). */
    public static SourceModels of(NcfRecommender ncf, HistorySource next, HistorySource taste) {
        return new SourceModels(() -> ncf, () -> next, () -> taste);
    }
}
