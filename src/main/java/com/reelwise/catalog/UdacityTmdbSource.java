package com.reelwise.catalog;

import java.util.List;

/**
 * Udacity's tmdb-movies.csv: "|"-separated cast, director, keywords and genres, with IMDb ids. Its text was
 * UTF-8 read as Windows-1252 and saved again ("GonzÃ¡lez"); every cell is repaired on the way in.
 */
final class UdacityTmdbSource extends CsvMetadataSource {

    UdacityTmdbSource() {
        super("TMDB (Udacity)", "tmdb-movies.csv", true);
    }

    @Override
    Metadata map(Row raw) {
        Row row = raw.mapped(Mojibake::repair);
        Integer id = Ids.integer(row.cell("id"));
        if (id == null) {
            return null;
        }
        List<String> cast = pipeList(row.cell("cast"));
        List<String> directors = pipeList(row.cell("director"));
        return Metadata.builder()
                .tmdbId(id)
                .imdbId(row.cell("imdb_id"))
                .title(row.cell("original_title"))
                .year(Ids.year(row.cell("release_year")))
                .genres(Genres.split(row.cell("genres"), "\\|"))
                .keywords(pipeList(row.cell("keywords")))
                .overview(row.cell("overview"))
                .tagline(row.cell("tagline"))
                .director(directors.isEmpty() ? null : directors.get(0))
                .cast(cast.subList(0, Math.min(CreditsSource.TOP_CAST, cast.size())))
                .votes(Ids.integer(row.cell("vote_count")))
                .build();
    }

    private static List<String> pipeList(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return List.of(cell.split("\\|")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
