package com.reelwise.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/** The Movies Dataset's credits.csv: Python-literal cast and crew lists per TMDB id. */
final class CreditsSource implements MetadataSource {

    static final int TOP_CAST = 5;

    @Override
    public String name() {
        return "The Movies Dataset credits";
    }

    @Override
    public String fileGlob() {
        return "credits.csv";
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
            out.add(Metadata.builder()
                    .tmdbId(id)
                    .director(director(MetadataSource.cell(t, "crew", r)))
                    .cast(topCast(MetadataSource.cell(t, "cast", r)))
                    .build());
        }
        return MetadataSource.collect(out, malformed);
    }

    static String director(String crew) {
        return PythonLiterals.dicts(crew).stream()
                .filter(d -> "Director".equals(d.get("job")))
                .map(d -> d.get("name"))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .findFirst().orElse(null);
    }

    static List<String> topCast(String cast) {
        return PythonLiterals.dicts(cast).stream()
                .filter(d -> d.get("name") instanceof String)
                .sorted(Comparator.comparingDouble(CreditsSource::order))
                .limit(TOP_CAST)
                .map(d -> (String) d.get("name"))
                .toList();
    }

    private static double order(Map<String, Object> member) {
        return member.get("order") instanceof Double d ? d : Double.MAX_VALUE;
    }
}
