package com.reelwise.catalog;

/** The Movies Dataset's movies_metadata.csv (Kaggle rounakbanik/the-movies-dataset), also a truncated copy of it. */
final class MoviesMetadataSource extends CsvMetadataSource {

    static final String POSTER_BASE = "https://image.tmdb.org/t/p/w500";

    MoviesMetadataSource() {
        super("The Movies Dataset", "movies_metadata*.csv", true);
    }

    @Override
    Metadata map(Row row) {
        Integer id = Ids.integer(row.cell("id"));
        if (id == null) {
            return null; // the known broken rows carry a date in the id column
        }
        String posterPath = row.cell("poster_path");
        return Metadata.builder()
                .tmdbId(id)
                .imdbId(row.cell("imdb_id"))
                .title(row.cell("title"))
                .year(Ids.year(row.cell("release_date")))
                .genres(PythonLiterals.names(row.cell("genres")))
                .overview(row.cell("overview"))
                .tagline(row.cell("tagline"))
                .posterUrl(posterPath == null || !posterPath.startsWith("/") ? null : POSTER_BASE + posterPath)
                .votes(Ids.integer(row.cell("vote_count")))
                .build();
    }
}
