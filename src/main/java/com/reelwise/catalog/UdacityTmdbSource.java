package com.reelwise.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** Udacity's tmdb-movies.csv: "|"-separated cast, director, keywords and genres, with IMDb ids. */
final class UdacityTmdbSource implements MetadataSource {

    @Override
    public String name() {
        return "TMDB (Udacity)";
    }

    @Override
    public String fileGlob() {
        return "tmdb-movies.csv";
    }

    @Override
    public boolean addsMovies() {
        return true;
    }

    @Override
    public Rows read(Path file) {
        CsvTables.Loaded loaded = CsvTables.read(file);
        Table t = loaded.table();
        List<Metadata> out = new ArrayList<>();
        int malformed = loaded.malformedRows();
        for (int r = 0; r < t.rowCount(); r++) {
            Integer id = Ids.integer(MetadataSource.cell(t, "id", r));
            if (id == null) {
                malformed++;
                continue;
            }
            List<String> cast = pipeList(MetadataSource.cell(t, "cast", r));
            List<String> directors = pipeList(MetadataSource.cell(t, "director", r));
            out.add(Metadata.builder()
                    .tmdbId(id)
                    .imdbId(MetadataSource.cell(t, "imdb_id", r))
                    .title(MetadataSource.cell(t, "original_title", r))
                    .year(Ids.year(MetadataSource.cell(t, "release_year", r)))
                    .genres(Genres.split(MetadataSource.cell(t, "genres", r), "\\|"))
                    .keywords(pipeList(MetadataSource.cell(t, "keywords", r)))
                    .overview(MetadataSource.cell(t, "overview", r))
                    .tagline(MetadataSource.cell(t, "tagline", r))
                    .director(directors.isEmpty() ? null : directors.get(0))
                    .cast(cast.subList(0, Math.min(CreditsSource.TOP_CAST, cast.size())))
                    .votes(Ids.integer(MetadataSource.cell(t, "vote_count", r)))
                    .build());
        }
        return MetadataSource.collect(out, malformed);
    }

    private static List<String> pipeList(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return List.of(cell.split("\\|")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
