package com.reelwise.catalog;

/** The Movies Dataset's keywords.csv: TMDB id and a Python-literal list of keywords. */
final class KeywordsSource extends CsvMetadataSource {

    KeywordsSource() {
        super("The Movies Dataset keywords", "keywords.csv", false);
    }

    @Override
    Metadata map(Row row) {
        Integer id = Ids.integer(row.cell("id"));
        return id == null ? null : Metadata.builder().tmdbId(id).keywords(PythonLiterals.names(row.cell("keywords"))).build();
    }
}
