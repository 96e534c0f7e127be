package com.reelwise.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON of {@code POST /api/recommendations/explain}: a recommendation request plus the movie to explain. */
@Schema(name = "ExplainRequest", description = "The same fields as a recommendation request, plus the movie to explain.")
public class ExplainBody extends RecommendationBody {

    @Schema(description = "Catalog id of the movie to explain.", example = "4886", requiredMode = Schema.RequiredMode.REQUIRED)
    public Integer movieId;
}
