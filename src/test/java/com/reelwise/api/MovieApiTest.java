package com.reelwise.api;

import static com.reelwise.catalog.TestMovies.movie;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.reelwise.catalog.Catalog;
import com.reelwise.search.TitleSearch;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

/** The JSON endpoints over a small catalog: shapes stay stable, bad input gets a sentence. */
@WebMvcTest(controllers = {MovieController.class, CatalogController.class})
class MovieApiTest {

    @TestConfiguration
    static class SmallCatalog {
        @Bean
        Catalog catalog() {
            return Catalog.of(List.of(movie(1, "Toy Story", 1995, 215, "Animation", "Children"),
                    movie(2, "Toy Story 2", 1999, 97, "Animation"), movie(3, "Heat", 1995, 0, "Crime")));
        }

        @Bean(destroyMethod = "close")
        TitleSearch titleSearch(Catalog catalog) {
            return new TitleSearch(catalog);
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void searchAnswersWithItems() throws Exception {
        mvc.perform(get("/api/movies/search").param("q", "toy story").param("limit", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].movieId").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Toy Story"))
                .andExpect(jsonPath("$.items[0].year").value(1995))
                .andExpect(jsonPath("$.items[0].genres[0]").value("Animation"))
                .andExpect(jsonPath("$.items[0].posterUrl").hasJsonPath());
    }

    @Test
    void blankQueryGivesNoItems() throws Exception {
        mvc.perform(get("/api/movies/search").param("q", " ")).andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void badParametersGetProblemsWithASentence() throws Exception {
        mvc.perform(get("/api/movies/search").param("q", "toy").param("limit", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("limit must be between 1 and 50."));
        mvc.perform(get("/api/movies/search").param("q", "x".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("q must be at most 200 characters."));
        mvc.perform(get("/api/movies/search"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("'q'")));
        mvc.perform(get("/api/movies/search").param("q", "toy").param("limit", "ten"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void movieRecordAndUnknownId() throws Exception {
        mvc.perform(get("/api/movies/3")).andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Heat"));
        mvc.perform(get("/api/movies/999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No movie with id 999 in the catalog."));
        mvc.perform(get("/api/movies/abc")).andExpect(status().isBadRequest());
    }

    @Test
    void statsHaveCountsAndCoverage() throws Exception {
        mvc.perform(get("/api/catalog/stats"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.movies").value(3))
                .andExpect(jsonPath("$.ratedMovies").value(2))
                .andExpect(jsonPath("$.coverage.overview").value(0.0))
                .andExpect(jsonPath("$.notices", hasSize(0)));
    }
}
