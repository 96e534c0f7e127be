package com.reelwise.config;

import com.reelwise.catalog.Catalog;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.PopularRecommender;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.Recommender;
import com.reelwise.recommend.RequestValidator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    Recommendations recommendations(Catalog catalog, List<Recommender> recommenders) {
        Map<Method, String> unavailable = new EnumMap<>(Method.class);
        unavailable.put(Method.NCF, "The neural CF model is not trained yet; train it with: mvn -q compile exec:java@train");
        unavailable.put(Method.CONTENT, "The content model (sentence encoder) is not trained yet; train it with: mvn -q compile exec:java@train");
        unavailable.put(Method.HYBRID, "The hybrid method needs the NCF and content models; train them with: mvn -q compile exec:java@train");
        unavailable.put(Method.CLUSTER, "Cluster explore needs the content model's embeddings; train it with: mvn -q compile exec:java@train");
        return new Recommendations(new RequestValidator(catalog), recommenders, unavailable);
    }
}
