package com.reelwise.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The Movies Dataset's credits.csv: Python-literal cast and crew lists per TMDB id. */
final class CreditsSource extends CsvMetadataSource {

    static final int TOP_CAST = 5;

    CreditsSource() {
        super("The Movies Dataset credits", "credits.csv", false);
    }

    @Override
    Metadata map(Row row) {
        Integer id = Ids.integer(row.cell("id"));
        if (id == null) {
            return null;
        }
        return Metadata.builder().tmdbId(id).director(director(row.cell("crew"))).cast(topCast(row.cell("cast"))).build();
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
