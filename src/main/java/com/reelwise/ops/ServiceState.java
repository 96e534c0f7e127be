package com.reelwise.ops;

import com.reelwise.catalog.Catalog;
import com.reelwise.training.ModelStatus;
import com.reelwise.training.HybridModelManager;
import com.reelwise.training.ModelManager;
import com.reelwise.training.NcfModelManager;
import com.reelwise.training.SequenceModelManager;
import com.reelwise.training.StarModelManager;
import com.reelwise.training.TextModelManager;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the app can serve right now: the catalog (loaded once at start) and each model's state.
 * The health endpoint and the banner on every page read the same answer.
 */
@Component
public class ServiceState {

    private final Catalog catalog;
    private final List<ModelManager> models;

    ServiceState(Catalog catalog, NcfModelManager ncf, TextModelManager text, SequenceModelManager sequence, HybridModelManager hybrid,
                 StarModelManager stars) {
        this.catalog = catalog;
        this.models = List.of(ncf, sequence, text, hybrid, stars);
    }

    /** Search and the popular method work once the catalog holds movies (the search index is built with it). */
    public boolean catalogReady() {
        return !catalog.isEmpty();
    }

    public int catalogSize() {
        return catalog.size();
    }

    public List<String> catalogNotices() {
        return catalog.notices();
    }

    /** Each model's state, in the order the banner shows them. */
    public List<ModelStatus> models() {
        return models.stream().map(ModelManager::status).toList();
    }
}
