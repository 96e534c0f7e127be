package com.reelwise.api;

import static com.reelwise.catalog.TestMovies.movie;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.reelwise.catalog.Catalog;
import com.reelwise.config.HybridProperties;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.PopularRecommender;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.Recommender;
import com.reelwise.recommend.RequestValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/recommendations: the stable shape, and a sentence for every kind of bad input. */
@WebMvcTest(controllers = RecommendationController.class)
class RecommendationApiTest {

    @TestConfiguration
    static class Setup {
        static final Catalog CATALOG = Catalog.of(List.of(movie(1, "A", 1990, 50, "Drama"), movie(2, "B", 1991, 40, "Drama"),
                movie(3, "C", 1992, 30, "Comedy"), movie(4, "D", 1993, 20, "Comedy"), movie(5, "E", 1994, 10, "Horror")));

        @Bean
        HybridProperties hybrid() {
            return new HybridProperties(0.5);
        }

        @Bean
        com.reelwise.results.WatchChances chances() {
            return com.reelwise.results.WatchChances.read(java.nio.file.Path.of("model-training/eval/newcomer"));
        }

        @Bean
        CandidateRanker ranker() {
            return new CandidateRanker(CATALOG);
        }

        @Bean
        Recommendations recommendations(CandidateRanker ranker) {
            // content stands in for a model with a bug: its internal message must not reach a client as "bad input"
            Recommender broken = new Recommender() {
                public Method method() {
                    return Method.CONTENT;
                }

                public List<com.reelwise.recommend.Recommendation> recommend(com.reelwise.recommend.RecommendationRequest request) {
                    throw new IllegalArgumentException("embedding row 17 has length 383, expected 384");
                }
            };
            return new Recommendations(new RequestValidator(CATALOG), List.of(new PopularRecommender(CATALOG, ranker), broken),
                    Map.of(Method.NCF, "The neural CF model is not trained yet; train it with: mvn -q compile exec:java@train"));
        }
    }

    @Autowired
    MockMvc mvc;

    private ResultActions send(String json) throws Exception {
        return mvc.perform(post("/api/recommendations").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void rejected(String json, int status, String detailStart) throws Exception {
        send(json).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", startsWith(detailStart)));
    }

    @Test
    void aBugInsideAModelIsA500WithAGenericSentenceNotItsMessage() throws Exception {
        send("{\"liked\":[1,2,3],\"method\":\"content\"}")
                .andExpect(status().is(500))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Something went wrong on our side; it has been logged. Please try again."));
    }

    @Test
    void answersWithScoredItemsAndExplanations() throws Exception {
        send("{\"liked\":[1,2,3],\"disliked\":[],\"mood\":\"optional text\",\"method\":\"popular\",\"alpha\":0.5,\"diversity\":0.0,"
                + "\"count\":2,\"genres\":[],\"yearFrom\":null,\"yearTo\":null}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].movieId").value(4))
                .andExpect(jsonPath("$.items[0].title").value("D"))
                .andExpect(jsonPath("$.items[0].year").value(1993))
                .andExpect(jsonPath("$.items[0].score").isNumber())
                .andExpect(jsonPath("$.items[0].watchChance.share").isNumber())
                .andExpect(jsonPath("$.items[0].watchChance.meaning", startsWith("In our test, ")))
                .andExpect(jsonPath("$.items[1].watchChance.meaning", org.hamcrest.Matchers.containsString("at place 2 ")))
                .andExpect(jsonPath("$.items[0].explanation.text").isString())
                .andExpect(jsonPath("$.items[0].explanation.becauseOf").isArray())
                .andExpect(jsonPath("$.items[0].cluster").doesNotExist())
                // D and E share no genre: the genre Jaccard distance is 1 (no content model here).
                .andExpect(jsonPath("$.intraListDiversity").value(1.0))
                .andExpect(jsonPath("$.diversityMeasure").value("genre-jaccard"));
    }

    @Test
    void explainsOneMovieWithItsScoreAndRank() throws Exception {
        mvc.perform(post("/api/recommendations/explain").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"liked\":[1,2,3],\"method\":\"popular\",\"count\":1,\"movieId\":5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.movieId").value(5))
                .andExpect(jsonPath("$.title").value("E"))
                .andExpect(jsonPath("$.method").value("popular"))
                .andExpect(jsonPath("$.score").isNumber())
                .andExpect(jsonPath("$.rank").doesNotExist())
                .andExpect(jsonPath("$.scoreRank").value(2))
                .andExpect(jsonPath("$.rankNote").value("Not in your top 1: by score it is number 2."))
                .andExpect(jsonPath("$.contributions", hasSize(3)))
                .andExpect(jsonPath("$.explanation.text").isString());
    }

    @Test
    void everyBadExplainFieldGetsAProblemWithASentence() throws Exception {
        rejectedAt("/api/recommendations/explain", "{\"liked\":[1,2,3],\"method\":\"popular\"}", 400, "Name the movie to explain with \"movieId\"");
        rejectedAt("/api/recommendations/explain", "{\"liked\":[1,2,3],\"method\":\"popular\",\"movieId\":777}", 400,
                "Unknown movie id 777 in movieId");
        rejectedAt("/api/recommendations/explain", "{\"liked\":[1,2,3],\"method\":\"popular\",\"movieId\":\"four\"}", 400,
                "The field 'movieId' has a value of the wrong type.");
        rejectedAt("/api/recommendations/explain", "{\"liked\":[1,2],\"method\":\"popular\",\"movieId\":4}", 400, "Name at least 3 movies you like");
        rejectedAt("/api/recommendations/explain", "{\"liked\":[1,2,3],\"method\":\"ncf\",\"movieId\":4}", 503, "The neural CF model is not trained yet");
        rejectedAt("/api/recommendations/explain", "", 400, "Send a JSON body such as");
    }

    private void rejectedAt(String path, String json, int status, String detailStart) throws Exception {
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", startsWith(detailStart)));
    }

    @Test
    void everyBadFieldGetsAProblemWithASentence() throws Exception {
        rejected("{\"liked\":[1,2],\"method\":\"popular\"}", 400, "Name at least 3 movies you like");
        rejected("{\"liked\":[1,2,999],\"method\":\"popular\"}", 400, "Unknown movie id 999 in liked");
        rejected("{\"liked\":[1,2,3],\"disliked\":[888],\"method\":\"popular\"}", 400, "Unknown movie id 888 in disliked");
        rejected("{\"liked\":[1,2,3],\"method\":\"popular\",\"alpha\":2}", 400, "alpha must be between 0 and 1");
        rejected("{\"liked\":[1,2,3],\"method\":\"popular\",\"diversity\":-1}", 400, "diversity must be between 0 and 1");
        rejected("{\"liked\":[1,2,3],\"method\":\"content\",\"candidates\":\"fast\"}", 400, "Unknown candidates 'fast'; use one of auto, exact, hnsw.");
        rejected("{\"liked\":[1,2,3],\"method\":\"popular\",\"count\":0}", 400, "count must be between 1 and 100");
        rejected("{\"liked\":[1,2,3],\"method\":\"popular\",\"mood\":\"" + "x".repeat(600) + "\"}", 400, "The mood text is 600 characters");
        rejected("{\"liked\":[1,2,3],\"method\":\"popular\",\"yearFrom\":2000,\"yearTo\":1990}", 400, "yearFrom (2000) is after yearTo (1990)");
        rejected("{\"liked\":[1,2,3],\"method\":\"popular\",\"genres\":[\"Nope\"]}", 400, "Unknown genre 'Nope'");
        rejected("{\"liked\":[1,2,3],\"method\":\"telepathy\"}", 400, "Unknown method 'telepathy'");
        rejected("{\"liked\":[1,2,3],\"method\":\"ncf\"}", 503, "The neural CF model is not trained yet");
        rejected("{\"liked\":[1,2,3],\"method\":\"cluster\",\"clusterMode\":\"surprise-me\"}", 400,
                "Unknown clusterMode 'surprise-me'; use one of more-of-mine, explore, broad-appeal.");
        rejected("{\"liked\":[1,2,3],\"method\":\"popular\",\"clusterMode\":42}", 400, "Unknown clusterMode '42'");
        rejected("{\"liked\":[1,2,3],\"method\":\"popular\",\"clusterMode\":[\"explore\"]}", 400,
                "The field 'clusterMode' has a value of the wrong type.");
    }

    @Test
    void malformedPayloadsGetASentence() throws Exception {
        rejected("{\"liked\":[1,2,", 400, "The request body is not valid JSON.");
        rejected("{\"liked\":\"one,two\"}", 400, "The field 'liked' has a value of the wrong type.");
        rejected("{\"liked\":[1,2,3],\"alpha\":\"high\"}", 400, "The field 'alpha' has a value of the wrong type.");
        rejected("{\"liked\":[1,\"x\",3]}", 400, "The field 'liked[1]' has a value of the wrong type.");
        rejected("", 400, "Send a JSON body such as");
        rejected("null", 400, "Send a JSON body such as");
    }

    @Test
    void scriptInTheMoodIsJustText() throws Exception {
        send("{\"liked\":[1,2,3],\"method\":\"popular\",\"mood\":\"<script>alert(1)</script>\\u0000\"}").andExpect(status().isOk());
    }
}
