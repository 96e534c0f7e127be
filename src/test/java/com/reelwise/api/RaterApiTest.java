package com.reelwise.api;

import static com.reelwise.catalog.TestMovies.movie;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.reelwise.catalog.Catalog;
import com.reelwise.raters.ExistingUsers;
import com.reelwise.rating.AutoRecConfig;
import com.reelwise.rating.RatingData;
import com.reelwise.rating.StarArtifact;
import com.reelwise.rating.StarPredictor;
import com.reelwise.rating.TrainStars;
import com.reelwise.ratings.Ratings;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.RequestValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

/** Predicted stars over HTTP: the model's stars and the user's own rating, a sentence for each bad request. */
@WebMvcTest(controllers = RaterController.class)
class RaterApiTest {

    /** User 7 rated films 1 and 2, user 8 film 2; film 3 nobody rated. */
    static final Ratings RATINGS = Ratings.fromRawIds(new int[] {7, 7, 8, 8}, new int[] {1, 2, 2, 1}, new float[] {5f, 2f, 4f, 4.5f},
            new long[] {1, 2, 3, 4});
    static final AtomicReference<StarPredictor> STARS = new AtomicReference<>();

    @TestConfiguration
    static class Wiring {
        @Bean
        Catalog catalog() {
            return Catalog.of(List.of(movie(1, "Toy Story", 1995, 215, "Animation"), movie(2, "Heat", 1995, 97, "Crime"),
                    movie(3, "Unrated", 2001, 0, "Drama")));
        }

        @Bean
        ExistingUsers existingUsers(Catalog catalog) {
            return new ExistingUsers(RATINGS, catalog, new Recommendations(new RequestValidator(catalog), List.of(), Map.of()), () -> null,
                    () -> Optional.ofNullable(STARS.get()));
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void answersTheModelsStarsWithTheUsersOwnRatingAndASentenceOtherwise() throws Exception {
        STARS.set(null);
        mvc.perform(get("/api/users/7/stars/1")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail", containsString("The star model is not ready yet")));

        StarPredictor predictor = trained();
        STARS.set(predictor);
        mvc.perform(get("/api/users/7/stars/1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(7))
                .andExpect(jsonPath("$.movieId").value(1))
                .andExpect(jsonPath("$.title").value("Toy Story"))
                .andExpect(jsonPath("$.predicted").value((double) predictor.stars(7, 1).orElseThrow()))
                .andExpect(jsonPath("$.theirRating").value(5.0));
        mvc.perform(get("/api/users/7/stars/3")).andExpect(status().isOk())
                .andExpect(jsonPath("$.theirRating").doesNotExist());
        mvc.perform(get("/api/users/99/stars/1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("There is no MovieLens user 99 here; pick an id from 7 to 8."));
        mvc.perform(get("/api/users/7/stars/42")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No movie with id 42 in the catalog."));
        mvc.perform(get("/api/users/seven/stars/1")).andExpect(status().isBadRequest());
    }

    private static StarPredictor trained() {
        try {
            Path dir = Files.createTempDirectory("stars");
            Path saved = TrainStars.train(RATINGS, "tiny", dir, new AutoRecConfig(4, 1f, 1e-2f, 2, 3, 0, 1), false, Clock.systemUTC()).dir();
            return new StarPredictor(StarArtifact.load(saved, RatingData.of(RATINGS)), RATINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
