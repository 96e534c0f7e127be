package com.reelwise.catalog;

/** poster_urls.csv: IMDb poster URLs by IMDb id ("None" where the scrape found none). */
final class ImdbPosterSource extends CsvMetadataSource {

    ImdbPosterSource() {
        super("IMDb posters", "poster_urls.csv", false);
    }

    @Override
    Metadata map(Row row) {
        String imdb = Ids.imdb(row.cell("imdb_id"));
        return imdb == null ? null : Metadata.builder().imdbId(imdb).posterUrl(row.cell("poster_url")).build();
    }
}
