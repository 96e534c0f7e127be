package com.reelwise.catalog;

/** The "top 10000 popular movies" TMDB file: comma-separated genres, overview, no IMDb id. */
final class Top10kTmdbSource extends CsvMetadataSource {

    Top10kTmdbSource() {
        super("TMDB top 10K", "top10K-TMDB-movies.csv", true);
    }

    @Override
    Metadata map(Row row) {
        Integer id = Ids.integer(row.cell("id"));
        if (id == null) {
            return null;
        }
        return Metadata.builder()
                .tmdbId(id)
                .title(row.cell("title"))
                .year(Ids.year(row.cell("release_date")))
                .genres(Genres.split(row.cell("genre"), ","))
                .overview(row.cell("overview"))
                .votes(Ids.integer(row.cell("vote_count")))
                .build();
    }
}
