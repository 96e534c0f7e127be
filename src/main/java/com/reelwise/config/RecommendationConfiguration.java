package com.reelwise.config;

import com.reelwise.catalog.Catalog;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.MoreLikeThis;
import com.reelwise.recommend.CollaborativeEvidence;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.PopularRecommender;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.Recommender;
import com.reelwise.recommend.RequestValidator;
import com.reelwise.training.HybridModelManager;
import com.reelwise.training.NcfModelManager;
import com.reelwise.training.SequenceModelManager;
import com.reelwise.training.StarModelManager;
import com.reelwise.training.TextModelManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Assembles the recommenders that are ready; the others answer with the sentence that says how to get them. */
@Configuration(proxyBeanMethods = false)
class RecommendationConfiguration {

    @Bean
    CandidateRanker candidateRanker(Catalog catalog) {
        return new CandidateRanker(catalog);
    }

    @Bean
    PopularRecommender popularRecommender(Catalog catalog, CandidateRanker ranker) {
        return new PopularRecommender(catalog, ranker);
    }

    @Bean
    CollaborativeEvidence collaborativeEvidence(Ratings ratings) {
        return new CollaborativeEvidence(ratings);
    }

    @Bean(destroyMethod = "close")
    NcfModelManager ncfModelManager(ReelwiseProperties properties, DataConfiguration.MovieLensData data, Recommendations recommendations,
                                    CandidateRanker ranker, CollaborativeEvidence evidence) {
        return new NcfModelManager(new NcfModelManager.Settings(properties.dataDir(), data.dataset().map(MovieLensDataset::name),
                properties.modelsDir(), properties.trainOnStart()), recommendations, ranker, evidence);
    }

    @Bean(destroyMethod = "close")
    TextModelManager textModelManager(ReelwiseProperties properties, DataConfiguration.MovieLensData data, Catalog catalog,
                                      CandidateRanker ranker, Recommendations recommendations, NcfModelManager ncf) {
        return new TextModelManager(new TextModelManager.Settings(properties.modelsDir(),
                data.dataset().map(MovieLensDataset::name).orElse("catalog"), properties.trainOnStart()),
                catalog, ranker, recommendations, ncf::recommender);
    }

    @Bean(destroyMethod = "close")
    SequenceModelManager sequenceModelManager(ReelwiseProperties properties, DataConfiguration.MovieLensData data,
                                              Recommendations recommendations, CandidateRanker ranker) {
        return new SequenceModelManager(settings(properties, data), recommendations, ranker);
    }

    @Bean(destroyMethod = "close")
    HybridModelManager hybridModelManager(ReelwiseProperties properties, DataConfiguration.MovieLensData data, Recommendations recommendations,
                                          CandidateRanker ranker, CollaborativeEvidence evidence, NcfModelManager ncf,
                                          SequenceModelManager sequence, TextModelManager text) {
        return new HybridModelManager(settings(properties, data), data.dataset(), data.ratings(), properties.ratedOnly(), recommendations,
                ranker, evidence, ncf, sequence, text);
    }

    @Bean(destroyMethod = "close")
    StarModelManager starModelManager(ReelwiseProperties properties, DataConfiguration.MovieLensData data) {
        return new StarModelManager(settings(properties, data), data.ratings());
    }

    private static NcfModelManager.Settings settings(ReelwiseProperties properties, DataConfiguration.MovieLensData data) {
        return new NcfModelManager.Settings(properties.dataDir(), data.dataset().map(MovieLensDataset::name),
                properties.modelsDir(), properties.trainOnStart());
    }

    /** Models load (or train) once the app serves, so the page is up at once. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> startModels(NcfModelManager ncf, SequenceModelManager sequence, TextModelManager text,
                                                           HybridModelManager hybrid, StarModelManager stars) {
        return event -> {
            ncf.start();
            sequence.start();
            text.start();
            hybrid.start();
            stars.start();
        };
    }

    @Bean
    MoreLikeThis moreLikeThis(CandidateRanker ranker, Recommendations recommendations) {
        return new MoreLikeThis(ranker, recommendations);
    }

    @Bean
    Recommendations recommendations(Catalog catalog, List<Recommender> recommenders) {
        Map<Method, String> unavailable = new EnumMap<>(Method.class);
        unavailable.put(Method.NCF, "The neural CF model is still loading.");
        unavailable.put(Method.CONTENT, "The content model is still loading.");
        unavailable.put(Method.HYBRID, "The hybrid method is still loading.");
        unavailable.put(Method.NEXT, "The next-watch model is still loading.");
        unavailable.put(Method.CLUSTER, "Cluster explore is still loading.");
        return new Recommendations(new RequestValidator(catalog), recommenders, unavailable);
    }
}
