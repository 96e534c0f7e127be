package com.reelwise.training;

import java.util.OptionalInt;
import java.util.concurrent.Future;

/** A model the app loads (or trains) in the background while it serves: what the banner, health and gauges read. */
public interface ModelManager extends AutoCloseable {

    /** Where the model is now. */
    ModelStatus status();

    /** Loads or trains in the background and returns at once; the future completes when ready or given up on. */
    Future<?> start();

    /** NDArrays on the loaded model's native manager, for the leak gauge; empty when it holds none. */
    default OptionalInt djlArrayCount() {
        return OptionalInt.empty();
    }

    @Override
    void close();
}
