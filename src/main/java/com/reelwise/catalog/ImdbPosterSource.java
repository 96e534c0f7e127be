package com.reelwise.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** poster_urls.csv: IMDb poster URLs by IMDb id ("None" where the scrape found none). */
final class ImdbPosterSource implements MetadataSource {

    @Override
    public String name() {
        return "IMDb posters";
    }

    @Override
    public String fileGlob() {
        return "poster_urls.csv";
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
            String imdb = Ids.imdb(MetadataSource.cell(t, "imdb_id", r));
            if (imdb == null) {
                malformed++;
                continue;
            }
            out.add(Metadata.builder().imdbId(imdb).posterUrl(MetadataSource.cell(t, "poster_url", r)).build());
        }
        return MetadataSource.collect(out, malformed);
    }
}
