package com.reelwise.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.TestDatasets;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.catalog.Movie;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.RatingsReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Natural-language queries over the real ml-latest-small catalog with the pretrained encoder and
 * {@link MovieText}: the obvious film must come back in the top 10. To stay near a minute on 2 cores
 * only movies with at least 10 ratings (about 2,300) are embedded, at 128 tokens.
 *
 * <p>{@code mvn -q -Dreelwise.data.dir=/work/shared/datasets test -Dtest=MovieQueryIT}
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MovieQueryIT {

    private static final int MIN_RATINGS = 10;

    private SentenceEncoder encoder;
    private List<Movie> movies;
    private float[][] vectors;

    @BeforeAll
    void embedCatalog() {
        TestDatasets.require("ml-latest-small");
        MovieLensDataset dataset = MovieLensDataset.find(TestDatasets.dir(), "ml-latest-small").orElseThrow();
        Catalog catalog = new CatalogLoader(TestDatasets.dir(), true).load(java.util.Optional.of(dataset),
                RatingsReader.read(dataset));
        movies = catalog.movies().stream().filter(m -> m.ratingCount() >= MIN_RATINGS).toList();
        encoder = SentenceEncoder.loadPretrained(EncoderConfig.defaults().withMaxLength(128));
        vectors = encoder.encode(movies.stream().map(MovieText::of).toList());
    }

    @AfterAll
    void close() {
        if (encoder != null) {
            encoder.close();
        }
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', value = {
            "animated film about toys that come alive | Toy Story",
            "mafia family crime saga | Godfather",
            "space opera with jedi | Star Wars",
            "dinosaurs brought back to life in a theme park | Jurassic Park",
            "ship sinks after hitting an iceberg | Titanic",
            "young wizard at a school of magic | Harry Potter"})
    void the_obvious_film_is_in_the_top_10(String query, String expectedTitle) {
        float[] q = encoder.encode(query);
        List<String> top = IntStream.range(0, movies.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -dot(q, vectors[i])))
                .limit(10).map(i -> movies.get(i).title()).toList();
        assertThat(new ArrayList<>(top)).as("top 10 for \"%s\"", query).anyMatch(t -> t.contains(expectedTitle));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            s += a[d] * b[d];
        }
        return s;
    }
}
