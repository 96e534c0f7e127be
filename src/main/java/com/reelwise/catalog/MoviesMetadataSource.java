package com.reelwise.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** The Movies Dataset's movies_metadata.csv (Kaggle rounakbanik/the-movies-dataset), also a truncated copy of it. */
final class MoviesMetadataSource implements MetadataSource {

    static final String POSTER_BASE = "https://image.tmdb.org/t/p/w500";

    @Override
    public String name() {
        return "The Movies Dataset";
    }

    @Override
    public String fileGlob() {
        return "movies_metadata*.csv";
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
        int shifted = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            Integer id = Ids.integer(MetadataSource.cell(t, "id", r));
            if (id == null) {
                shifted++; // the known broken rows carry a date in the id column
                continue;
            }
            String posterPath = MetadataSource.cell(t, "poster_path", r);
            out.add(Metadata.builder()
                    .tmdbId(id)
                    .imdbId(MetadataSource.cell(t, "imdb_id", r))
                    .title(MetadataSource.cell(t, "title", r))
                    .year(Ids.year(MetadataSource.cell(t, "release_date", r)))
                    .genres(PythonLiterals.names(MetadataSource.cell(t, "genres", r)))
                    .overview(MetadataSource.cell(t, "overview", r))
                    .tagline(MetadataSource.cell(t, "tagline", r))
                    .posterUrl(posterPath == null || !posterPath.startsWith("/") ? null : POSTER_BASE + posterPath)
                    .votes(Ids.integer(MetadataSource.cell(t, "vote_count", r)))
                    .build());
        }
        return MetadataSource.collect(out, loaded.malformedRows() + shifted);
    }
}
