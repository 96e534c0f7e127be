package com.reelwise.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** The Movies Dataset's keywords.csv: TMDB id and a Python-literal list of keywords. */
final class KeywordsSource implements MetadataSource {

    @Override
    public String name() {
        return "The Movies Dataset keywords";
    }

    @Override
    public String fileGlob() {
        return "keywords.csv";
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
            Integer id = Ids.integer(MetadataSource.cell(t, "id", r));
            if (id == null) {
                malformed++;
                continue;
            }
            out.add(Metadata.builder().tmdbId(id).keywords(PythonLiterals.names(MetadataSource.cell(t, "keywords", r))).build());
        }
        return MetadataSource.collect(out, malformed);
    }
}
