package com.reelwise.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * movies_with_posters.csv: TMDB API look-ups for the ml-latest-small movies (keyed by TMDB id in
 * its movie_id column). Failed look-ups are rows with every field empty; they are dropped.
 */
final class PosterEnrichmentSource implements MetadataSource {

    @Override
    public String name() {
        return "TMDB poster enrichment";
    }

    @Override
    public String fileGlob() {
        return "movies_with_posters.csv";
    }

    @Override
    public boolean addsMovies() {
        return false;
    }

    @Override
    public Rows read(Path file) {
        CsvTables.Loaded loaded = CsvTables.read(file);
        Table t = loaded.table();
        List<Metadata> out = new ArrayList<>();
        int malformed = loaded.malformedRows();
        for (int r = 0; r < t.rowCount(); r++) {
            Integer id = Ids.integer(MetadataSource.cell(t, "movie_id", r));
            if (id == null) {
                malformed++;
                continue;
            }
            String overview = MetadataSource.cell(t, "overview", r);
            String poster = MetadataSource.cell(t, "poster_url", r);
            // A failed look-up still repeats the MovieLens title; without overview or poster it says nothing new.
            boolean lookupFailed = Metadata.blankToNull(overview) == null && Metadata.blankToNull(poster) == null;
            out.add(Metadata.builder()
                    .tmdbId(id)
                    .title(lookupFailed ? null : MetadataSource.cell(t, "title", r))
                    .year(lookupFailed ? null : Ids.year(MetadataSource.cell(t, "year", r)))
                    .overview(overview)
                    .posterUrl(poster)
                    .build());
        }
        return MetadataSource.collect(out, malformed);
    }
}
