package com.reelwise.api;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.raters.ExistingUsers;
import com.reelwise.raters.UserStars;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Predicted stars for the MovieLens users the data set holds. */
@RestController
@Tag(name = "MovieLens users", description = "The data set's own raters: predicted stars.")
class RaterController {

    private final ExistingUsers users;
    private final Catalog catalog;

    RaterController(ExistingUsers users, Catalog catalog) {
        this.users = users;
        this.catalog = catalog;
    }

    @GetMapping("/api/users/{userId}/stars/{movieId}")
    @Operation(summary = "Predicted stars", description = "How many stars the star model (I-AutoRec blended with user and film "
            + "biases) predicts a MovieLens user gives a movie, with the user's own rating when there is one.")
    @ApiResponse(responseCode = "200", description = "The prediction")
    @ApiResponse(responseCode = "400", description = "No such MovieLens user; the detail names the range of ids",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No movie with that id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "The star model is still loading or training",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    UserStars stars(@Parameter(description = "MovieLens user id", example = "1") @PathVariable("userId") int userId,
                    @Parameter(description = "Catalog movie id", example = "1") @PathVariable("movieId") int movieId) {
        Movie movie = catalog.byId(movieId).orElseThrow(() -> new NotFoundException("No movie with id " + movieId + " in the catalog."));
        return users.stars(userId, movie);
    }
}
