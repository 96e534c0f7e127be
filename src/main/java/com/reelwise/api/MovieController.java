package com.reelwise.api;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.search.TitleSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Title search and movie records. */
@RestController
@RequestMapping("/api/movies")
@Validated
@Tag(name = "Movies", description = "Title search and catalog records.")
class MovieController {

    static final int MAX_QUERY_LENGTH = 200;

    private final TitleSearch titleSearch;
    private final Catalog catalog;

    MovieController(TitleSearch titleSearch, Catalog catalog) {
        this.titleSearch = titleSearch;
        this.catalog = catalog;
    }

    /** Movies whose titles match {@code q} (typos, accents and a year allowed), best first. */
    @GetMapping("/search")
    @Operation(summary = "Search titles", description = "Typo-tolerant, accent-insensitive title search; a year in the query "
            + "(\"matrix 1999\") prefers that year. Returns {\"items\":[...]} best first.")
    @ApiResponse(responseCode = "200", description = "Matching movies, best first")
    @ApiResponse(responseCode = "400", description = "q longer than 200 characters or limit outside 1-50; the detail is one sentence",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ItemsResponse<MovieSummary> search(
            @Parameter(description = "What to look for, e.g. godfater", example = "godfater") @RequestParam("q") @Size(max = MAX_QUERY_LENGTH, message = "q must be at most 200 characters") String q,
            @Parameter(description = "How many results, 1-50", example = "10") @RequestParam(name = "limit", defaultValue = "10") @Min(value = 1, message = "limit must be between 1 and 50")
            @Max(value = 50, message = "limit must be between 1 and 50") int limit) {
        return new ItemsResponse<>(titleSearch.search(q, limit).stream().map(MovieSummary::of).toList());
    }

    /** The full catalog record of one movie. */
    @GetMapping("/{movieId}")
    @Operation(summary = "A movie's catalog record", description = "Everything the catalog joined for one movie: MovieLens title, "
            + "year, genres and rating counts, and TMDB/IMDb overview, keywords, people and poster.")
    @ApiResponse(responseCode = "200", description = "The catalog record")
    @ApiResponse(responseCode = "404", description = "No movie with that id; the detail is one sentence",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Movie movie(@Parameter(description = "Catalog movie id", example = "1") @PathVariable("movieId") int movieId) {
        return catalog.byId(movieId).orElseThrow(() -> new NotFoundException("No movie with id " + movieId + " in the catalog."));
    }
}
