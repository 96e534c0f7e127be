package com.reelwise.api;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.search.TitleSearch;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
    ItemsResponse<MovieSummary> search(
            @RequestParam("q") @Size(max = MAX_QUERY_LENGTH, message = "q must be at most 200 characters") String q,
            @RequestParam(name = "limit", defaultValue = "10") @Min(value = 1, message = "limit must be between 1 and 50")
            @Max(value = 50, message = "limit must be between 1 and 50") int limit) {
        return new ItemsResponse<>(titleSearch.search(q, limit).stream().map(MovieSummary::of).toList());
    }

    /** The full catalog record of one movie. */
    @GetMapping("/{movieId}")
    Movie movie(@PathVariable("movieId") int movieId) {
        return catalog.byId(movieId).orElseThrow(() -> new NotFoundException("No movie with id " + movieId + " in the catalog."));
    }
}
