package com.reelwise.text;

import java.nio.file.Path;
import java.util.List;

/**
 * What a fine-tuning run produced; the same figures are in the artifact's {@code metrics.json}.
 *
 * @param artifactDir the saved encoder, loadable with {@link SentenceEncoder#load(Path)}
 * @param pairs training pairs used
 * @param steps optimizer steps taken
 * @param epochLosses mean training loss of each epoch (with dropout)
 * @param lossBefore loss over all pairs before training, without dropout
 * @param lossAfter the same after training
 * @param seconds wall time of the training
 */
public record FineTuneResult(Path artifactDir, int pairs, int steps, List<Double> epochLosses, double lossBefore,
        double lossAfter, double seconds) {
}
