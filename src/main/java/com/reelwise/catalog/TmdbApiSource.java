package com.reelwise.catalog;

import com.reelwise.fetch.TmdbApiMovie;
import com.reelwise.fetch.TmdbApiMovies;
import java.nio.file.Path;
import java.util.List;

/** tmdb-api/movies.jsonl, written by the fetch-data command from the live TMDB API: the freshest source, so the first. */
final class TmdbApiSource implements MetadataSource {

    @Override
    public String name() {
        return "TMDB API";
    }

    @Override
    public String fileGlob() {
        return "movies.jsonl";
    }

    @Override
    public boolean addsMovies() {
        return true;
    }

    @Override
    public Rows read(Path file) {
        List<Metadata> rows = TmdbApiMovies.read(file).stream().map(TmdbApiSource::metadata).toList();
        return MetadataSource.collect(rows, 0);
    }

    private static Metadata metadata(TmdbApiMovie m) {
        return Metadata.builder()
                .tmdbId(m.tmdbId())
                .imdbId(m.imdbId())
                .title(m.title())
                .year(m.year())
                .genres(m.genres())
                .overview(m.overview())
                .tagline(m.tagline())
                .keywords(m.keywords())
                .director(m.director())
                .cast(m.cast())
                .posterUrl(m.posterUrl())
                .votes(m.voteCount())
                .build();
    }
}
