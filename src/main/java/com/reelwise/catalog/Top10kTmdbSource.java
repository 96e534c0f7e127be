package com.reelwise.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** The "top 10000 popular movies" TMDB file: comma-separated genres, overview, no IMDb id. */
final class Top10kTmdbSource implements MetadataSource {

    @Override
    public String name() {
        return "TMDB top 10K";
    }

    @Override
    public String fileGlob() {
        return "top10K-TMDB-movies.csv";
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
                    .genres(Genres.split(MetadataSource.cell(t, "genre", r), ","))
                    .overview(MetadataSource.cell(t, "overview", r))
                    .votes(Ids.integer(MetadataSource.cell(t, "vote_count", r)))
                    .build());
        }
        return MetadataSource.collect(out, malformed);
    }
}
