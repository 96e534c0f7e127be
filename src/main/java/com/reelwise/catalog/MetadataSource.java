package com.reelwise.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * One file format of movie metadata. Sources are tried in the order of {@link #ALL}: a field
 * missing in one is filled from the next. That order is the documented precedence.
 */
interface MetadataSource {

    /** Precedence order, highest first (see data/README.md). */
    List<MetadataSource> ALL = List.of(
            new TmdbApiSource(),
            new MoviesMetadataSource(),
            new CreditsSource(),
            new KeywordsSource(),
            new Tmdb5000Source(),
            new UdacityTmdbSource(),
            new Top10kTmdbSource(),
            new PosterEnrichmentSource(),
            new ImdbPosterSource());

    /** Human name for logs and stats, e.g. "TMDB 5000". */
    String name();

    /** Glob of the file name that marks this source as present, e.g. "tmdb_5000_movies.csv". */
    String fileGlob();

    /** Whether a movie this source knows but MovieLens does not joins the catalog (cold-start items). */
    boolean addsMovies();

    /** Reads every usable row of the file. */
    Rows read(Path file);

    /** What a source yielded: usable rows, plus rows dropped as malformed or as failed look-ups. */
    record Rows(List<Metadata> metadata, int malformed, int blank) {
    }

    /** Keeps non-blank rows and counts the rest. */
    static Rows collect(List<Metadata> all, int malformed) {
        List<Metadata> usable = all.stream().filter(m -> !m.isBlank()).toList();
        return new Rows(usable, malformed, all.size() - usable.size());
    }
}
