package com.reelwise.ui;

import com.reelwise.cluster.ClusterModel;
import com.reelwise.training.ModelStatus;

/** Where the map page gets the catalog's clusters and 2D map, and what to say while they are not ready. */
public interface CatalogMapSource {

    /** The cluster model with its map, or null while it is missing. */
    ClusterModel clusters();

    /** The state of the model the map is built from: loading, training (with progress), ready or unavailable. */
    ModelStatus status();
}
