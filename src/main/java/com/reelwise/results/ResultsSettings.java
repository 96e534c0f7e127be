package com.reelwise.results;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the evaluation results and training records live ({@code reelwise.*}). Both folders are part
 * of the repository, so a deployed image must copy them for the Metrics page to have numbers.
 *
 * @param resultsDir         the harness's {@code <dataset>_<protocol>_<time>.json/.csv} files
 * @param trainingRecordsDir holds {@code ncf/runs/*.json} and {@code text/runs/*.json}, the run records
 *                           the training commands write (per-epoch loss)
 * @param newcomerResultsDir the harness's full-ranking run over newcomer-sized profiles, read by {@link WatchChances}
 */
@ConfigurationProperties("reelwise")
public record ResultsSettings(
        @DefaultValue("model-training/eval/results") Path resultsDir,
        @DefaultValue("model-training") Path trainingRecordsDir,
        @DefaultValue("model-training/eval/newcomer") Path newcomerResultsDir) {
}
