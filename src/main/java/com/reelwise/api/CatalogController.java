package com.reelwise.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogStats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the catalog holds: counts per source and coverage. */
@RestController
@Tag(name = "Catalog", description = "What the catalog holds.")
class CatalogController {

    private final Catalog catalog;

    CatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Stats plus the notices (missing data, what to do) the UI shows. */
    record StatsResponse(@JsonUnwrapped CatalogStats stats, List<String> notices) {
    }

    @GetMapping("/api/catalog/stats")
    @Operation(summary = "Catalog statistics", description = "Movies per source, coverage of overviews, posters, keywords and people, "
            + "and notices about missing data with what to do.")
    StatsResponse stats() {
        return new StatsResponse(catalog.stats(), catalog.notices());
    }
}
