package com.reelwise.djl;

import ai.djl.Model;
import ai.djl.ndarray.BaseNDManager;

/** How many NDArrays a model's native manager holds: its weights plus any a call forgot to free. */
public final class ManagedArrays {

    private ManagedArrays() {
    }

    public static int count(Model model) {
        return ((BaseNDManager) model.getNDManager()).getManagedArrays().size();
    }
}
