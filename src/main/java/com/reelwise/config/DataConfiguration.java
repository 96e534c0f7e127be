package com.reelwise.config;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.fetch.FirstRunData;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import com.reelwise.search.TitleSearch;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the data once at start. Unreadable data never stops the app: it serves with an empty
 * catalog whose notice says what is wrong and how to fix it.
 */
@Configuration(proxyBeanMethods = false)
class DataConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataConfiguration.class);

    /** The MovieLens release in use and its ratings (empty when there is none). */
    record MovieLensData(Optional<MovieLensDataset> dataset, Ratings ratings) {
    }

    @Bean
    MovieLensData movieLensData(ReelwiseProperties properties) {
        Optional<MovieLensDataset> dataset = FirstRunData.ensure(properties.dataDir(), properties.movielens(), properties.fetchOnStart(),
                properties.movielensUrl() == null ? FirstRunData.groupLens() : properties.movielensUrl());
        try {
            return new MovieLensData(dataset, dataset.map(RatingsReader::read).orElse(emptyRatings()));
        } catch (RuntimeException e) {
            log.error("Could not read the MovieLens ratings in {}: {}", dataset.get().dir(), e.getMessage());
            return new MovieLensData(Optional.empty(), emptyRatings());
        }
    }

    @Bean
    Ratings ratings(MovieLensData data) {
        return data.ratings();
    }

    @Bean
    Catalog catalog(ReelwiseProperties properties, MovieLensData data) {
        try {
            Catalog catalog = new CatalogLoader(properties.dataDir(), properties.ratedOnly())
                    .load(data.dataset(), data.dataset().isPresent() ? data.ratings() : null);
            catalog.notices().forEach(notice -> log.warn(notice));
            return catalog;
        } catch (RuntimeException e) {
            log.error("Could not load the catalog from {}", properties.dataDir(), e);
            return Catalog.empty("The movie data in " + properties.dataDir().toAbsolutePath() + " could not be read ("
                    + e.getMessage() + "). Replace the damaged files (see data/README.md) and restart.");
        }
    }

    @Bean(destroyMethod = "close")
    TitleSearch titleSearch(Catalog catalog) {
        return new TitleSearch(catalog);
    }

    private static Ratings emptyRatings() {
        return Ratings.fromRawIds(new int[0], new int[0], new float[0], new long[0]);
    }
}
