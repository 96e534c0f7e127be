package com.reelwise.catalog;

/** Kaggle's TMDB 5000 tmdb_5000_movies.csv: JSON genre and keyword lists, no IMDb id. */
final class Tmdb5000Source extends CsvMetadataSource {

    Tmdb5000Source() {
        super("TMDB 5000", "tmdb_5000_movies.csv", true);
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
                .genres(PythonLiterals.names(row.cell("genres")))
                .keywords(PythonLiterals.names(row.cell("keywords")))
                .overview(row.cell("overview"))
                .tagline(row.cell("tagline"))
                .votes(Ids.integer(row.cell("vote_count")))
                .build();
    }
}
