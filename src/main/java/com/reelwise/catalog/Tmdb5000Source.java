package com.reelwise.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** Kaggle's TMDB 5000 tmdb_5000_movies.csv: JSON genre and keyword lists, no IMDb id. */
final class Tmdb5000Source implements MetadataSource {

    @Override
    public String name() {
        return "TMDB 5000";
    }

    @Override
    public String fileGlob() {
        return "tmdb_5000_movies.csv";
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
            out.add(Metadata.builder()
                    .tmdbId(id)
                    .title(MetadataSource.cell(t, "title", r))
                    .year(Ids.year(MetadataSource.cell(t, "release_date", r)))
                    .genres(PythonLiterals.names(MetadataSource.cell(t, "genres", r)))
                    .keywords(PythonLiterals.names(MetadataSource.cell(t, "keywords", r)))
                    .overview(MetadataSource.cell(t, "overview", r))
                    .tagline(MetadataSource.cell(t, "tagline", r))
                    .votes(Ids.integer(MetadataSource.cell(t, "vote_count", r)))
                    .build());
        }
        return MetadataSource.collect(out, malformed);
    }
}
