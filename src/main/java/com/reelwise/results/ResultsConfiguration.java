package com.reelwise.results;

import com.reelwise.config.ReelwiseProperties;
import com.reelwise.rating.RatingResultsSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The readers behind {@code GET /api/evaluation} and the Metrics page. */
@Configuration(proxyBeanMethods = false)
class ResultsConfiguration {

    @Bean
    EvaluationResults evaluationResults(ResultsSettings settings) {
        return new EvaluationResults(settings.resultsDir());
    }

    @Bean
    WatchChances watchChances(ResultsSettings settings) {
        return WatchChances.read(settings.newcomerResultsDir());
    }

    /** The rating results the Metrics page shows: {@code <training records>/rating/results}. */
    @Bean
    RatingResultsSource ratingResultsSource(ResultsSettings settings) {
        return new RatingResultsSource(settings.trainingRecordsDir().resolve("rating").resolve("results"));
    }

    @Bean
    TrainingCurves trainingCurves(ResultsSettings settings, ReelwiseProperties properties) {
        return new TrainingCurves(settings.trainingRecordsDir(), properties.modelsDir());
    }
}
