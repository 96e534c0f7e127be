package com.reelwise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.TestDatasets;
import com.reelwise.ratings.MovieLensDataset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog built from the real shared data sets (skipped where they are absent). */
class CatalogIT {

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        var dir = TestDatasets.require("ml-latest-small").getParent();
        catalog = new CatalogLoader(dir, false).load(MovieLensDataset.find(dir, "ml-latest-small"));
    }

    @Test
    void movieLensPartReachesTheCoverageTheSourcesAllow() {
        CatalogStats stats = catalog.stats();

        assertThat(stats.movielens()).isEqualTo("ml-latest-small");
        assertThat(stats.ratedMovies()).isEqualTo(9_724);
        assertThat(stats.ratings()).isEqualTo(100_836);
        assertThat(stats.users()).isEqualTo(610);
        // SOURCES.md: the union of the sources gives 98.1% overview and 97.2% poster coverage.
        assertThat(stats.movielensCoverage().overview()).isGreaterThanOrEqualTo(0.95);
        assertThat(stats.movielensCoverage().poster()).isGreaterThanOrEqualTo(0.95);
        assertThat(stats.movielensCoverage().keywords()).isGreaterThan(0.8);
        assertThat(stats.movielensCoverage().people()).isGreaterThan(0.6);
    }

    @Test
    void includesMoviesOnlyTheMetadataKnows() {
        assertThat(catalog.stats().metadataOnlyMovies()).isGreaterThan(1_000);
        Movie coldStart = catalog.movies().stream().filter(m -> !m.isRated()).filter(Movie::hasOverview).findFirst().orElseThrow();
        assertThat(coldStart.title()).isNotBlank();
        assertThat(coldStart.tmdbId()).isNotNull();
    }

    @Test
    void mergesFieldsFromSeveralSources() {
        Movie toyStory = catalog.byId(1).orElseThrow();

        assertThat(toyStory.title()).isEqualTo("Toy Story");
        assertThat(toyStory.year()).isEqualTo(1995);
        assertThat(toyStory.tmdbId()).isEqualTo(862);
        assertThat(toyStory.imdbId()).isEqualTo("tt0114709");
        assertThat(toyStory.overview()).contains("Woody");
        assertThat(toyStory.keywords()).contains("toy");
        assertThat(toyStory.director()).isEqualTo("John Lasseter");
        assertThat(toyStory.cast()).contains("Tom Hanks");
        assertThat(toyStory.posterUrl()).startsWith("https://");
        assertThat(toyStory.ratingCount()).isEqualTo(215);
        assertThat(toyStory.meanRating()).isBetween(3.8, 4.0);
    }

    @Test
    void restrictingToRatedMoviesDropsTheRest() {
        var dir = TestDatasets.dir();
        Catalog rated = new CatalogLoader(dir, true).load(MovieLensDataset.find(dir, "ml-latest-small"));

        assertThat(rated.size()).isEqualTo(9_724);
        assertThat(rated.movies()).allMatch(Movie::isRated);
    }
}
