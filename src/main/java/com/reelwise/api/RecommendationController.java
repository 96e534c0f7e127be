package com.reelwise.api;

import com.reelwise.config.HybridProperties;
import com.reelwise.problems.InvalidInputException;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.CollaborativeEvidence;
import com.reelwise.recommend.MovieExplainer;
import com.reelwise.recommend.MovieExplanation;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.Recommendations;
import com.reelwise.results.WatchChances;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Personal recommendations through the one recommender contract, and the explanation of any one movie. */
@RestController
@Tag(name = "Recommendations", description = "Scored movies with explanations from one contract: hybrid, ncf, content, cluster, popular.")
class RecommendationController {

    static final String REQUEST_EXAMPLE = """
            {"liked":[1,2,3],"disliked":[],"mood":"optional text","method":"hybrid","alpha":0.5,"diversity":0.0,"count":10,\
            "genres":[],"yearFrom":null,"yearTo":null}""";
    static final String CLUSTER_EXAMPLE = """
            {"liked":[1,3114,4886],"method":"cluster","clusterMode":"more-of-mine","count":10}""";
    static final String EXPLAIN_EXAMPLE = """
            {"liked":[1,3114,4886],"disliked":[],"method":"hybrid","alpha":0.5,"count":10,"movieId":2355}""";
    private static final String PROBLEM = "application/problem+json";

    private final Recommendations recommendations;
    private final MovieExplainer explainer;
    private final double defaultAlpha;
    private final WatchChances chances;

    RecommendationController(Recommendations recommendations, CandidateRanker ranker, ObjectProvider<CollaborativeEvidence> evidence,
                             HybridProperties hybrid, WatchChances chances) {
        this.recommendations = recommendations;
        this.chances = chances;
        this.defaultAlpha = hybrid.defaultAlpha();
        this.explainer = new MovieExplainer(recommendations, ranker, evidence.getIfAvailable());
    }

    @PostMapping("/api/recommendations")
    @Operation(summary = "Recommend movies for a profile",
            description = "Scores the catalog with the chosen method and returns the best movies with their score parts, an explanation "
                    + "computed from the scores, the cluster label when method is cluster, and the list's intra-list diversity.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    schema = @Schema(implementation = RecommendationBody.class),
                    examples = {@ExampleObject(name = "hybrid", summary = "The request shape of issue 5", value = REQUEST_EXAMPLE),
                            @ExampleObject(name = "cluster", summary = "Cluster method, more of my clusters", value = CLUSTER_EXAMPLE)})))
    @ApiResponse(responseCode = "200", description = "Scored movies with explanations")
    @ApiResponse(responseCode = "400", description = "Invalid input: fewer than 3 liked movies, unknown ids, bad alpha, diversity, count, "
            + "genre, years, method or clusterMode, over-long mood, malformed JSON; the detail is one sentence",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "The method's model is loading, training or damaged; the detail says which and the fix",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    RecommendationsResponse recommend(@RequestBody RecommendationBody body) {
        if (body == null) {
            throw new InvalidInputException("Send a JSON body such as {\"liked\":[1,2,3]}.");
        }
        RecommendationRequest request = body.toRequest(defaultAlpha);
        return RecommendationsResponse.of(recommendations.recommendList(request), request, chances);
    }

    @PostMapping("/api/recommendations/explain")
    @Operation(summary = "Explain one movie's score for a profile",
            description = "The same body as /api/recommendations plus movieId. Returns the movie's score and its collaborative and "
                    + "content parts, the CF vs content share, its rank in the list the request returns (if it is there), each liked "
                    + "movie's contribution (the score minus the score when that movie is left out, computed by scoring again; "
                    + "largest first), collaborative evidence (how many of the people who liked each of your movies liked this one) "
                    + "and content evidence (shared keywords, genres, director and text similarity).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    schema = @Schema(implementation = ExplainBody.class),
                    examples = @ExampleObject(name = "hybrid", summary = "Why Toy Story 2 for a Pixar fan", value = EXPLAIN_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The explanation")
    @ApiResponse(responseCode = "400", description = "Invalid input as for /api/recommendations, or movieId missing or unknown, "
            + "or a movie the method cannot score; the detail is one sentence",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "The method's model is not ready; the detail says why",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    MovieExplanation explain(@RequestBody ExplainBody body) {
        if (body == null) {
            throw new InvalidInputException("Send a JSON body such as {\"liked\":[1,2,3],\"movieId\":4}.");
        }
        return explainer.explain(body.toRequest(defaultAlpha), body.movieId);
    }
}
