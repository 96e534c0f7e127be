package com.reelwise.results;

import java.util.List;

/**
 * Per-epoch training loss of one training run.
 *
 * @param model           "NeuMF" or "Text encoder"
 * @param dataset         data set trained on
 * @param run             run name, e.g. "ml-latest-small-20261122-212520" (sorts by time)
 * @param source          the file the curve came from
 * @param epochs          one entry per epoch, ascending
 * @param validationName  what {@link Epoch#validation()} measures, or null when the run had no validation
 * @param bestEpoch       the epoch whose parameters were kept, or null when not recorded
 * @param lossName        what the loss is, in words
 */
public record LossCurve(String model, String dataset, String run, String source, List<Epoch> epochs, String validationName,
                        Integer bestEpoch, String lossName) {

    /** Mean training loss of one epoch and, when measured, the validation score after it. */
    public record Epoch(int epoch, double loss, Double validation) {
    }

    public LossCurve {
        epochs = List.copyOf(epochs);
    }

    /** A curve needs two epochs; one epoch is a single number. */
    public boolean drawable() {
        return epochs.size() >= 2;
    }
}
