package com.reelwise.raters;

import com.reelwise.catalog.Catalog;
import com.reelwise.ratings.Ratings;
import com.reelwise.recommend.Recommendations;
import com.reelwise.training.NcfModelManager;
import com.reelwise.training.StarModelManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires existing-user mode to the loaded ratings and whatever NeuMF model is ready. */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

    @Bean
    ExistingUsers existingUsers(Ratings ratings, Catalog catalog, Recommendations recommendations, NcfModelManager ncf,
                                StarModelManager stars) {
        return new ExistingUsers(ratings, catalog, recommendations, ncf::neuMf, stars::predictor);
    }
}
