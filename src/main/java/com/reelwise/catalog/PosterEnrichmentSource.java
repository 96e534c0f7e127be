package com.reelwise.catalog;

/**
 * movies_with_posters.csv: TMDB API look-ups for the ml-latest-small movies (keyed by TMDB id in its
 * movie_id column). Failed look-ups are rows with every field empty; they are dropped.
 */
final class PosterEnrichmentSource extends CsvMetadataSource {

    PosterEnrichmentSource() {
        super("TMDB poster enrichment", "movies_with_posters.csv", false);
    }

    @Override
    Metadata map(Row row) {
        Integer id = Ids.integer(row.cell("movie_id"));
        if (id == null) {
            return null;
        }
        String overview = row.cell("overview");
        String poster = row.cell("poster_url");
        // A failed look-up still repeats the MovieLens title; without overview or poster it says nothing new.
        boolean lookupFailed = Metadata.blankToNull(overview) == null && Metadata.blankToNull(poster) == null;
        return Metadata.builder()
                .tmdbId(id)
                .title(lookupFailed ? null : row.cell("title"))
                .year(lookupFailed ? null : Ids.year(row.cell("year")))
                .overview(overview)
                .posterUrl(poster)
                .build();
    }
}
