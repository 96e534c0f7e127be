package com.reelwise.catalog;

import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.MovieRatingStats;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link Catalog} from whatever sources are in the data directory: one MovieLens
 * release (movies, links, tags, ratings) joined through links.csv with every metadata source
 * present, in the precedence order of {@link MetadataSource#ALL}.
 */
public final class CatalogLoader {

    private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);

    static final String FETCH_COMMAND = "mvn -q compile exec:java@fetch-data -Dexec.args=\"--data-dir %s\"";

    private final Path dataDir;
    private final boolean ratedOnly;
    private final DataFiles files;

    public CatalogLoader(Path dataDir, boolean ratedOnly) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.ratedOnly = ratedOnly;
        this.files = new DataFiles(this.dataDir);
    }

    /** Loads the catalog, reading the release's ratings itself. */
    public Catalog load(Optional<MovieLensDataset> movielens) {
        return load(movielens, movielens.map(RatingsReader::read).orElse(null));
    }

    /**
     * Loads the catalog with ratings already read (so the app reads them once).
     *
     * @param ratings the release's ratings, or null when there is no release
     */
    public Catalog load(Optional<MovieLensDataset> movielens, Ratings ratings) {
        if (!Files.isDirectory(dataDir)) {
            return Catalog.empty("The data directory " + dataDir + " does not exist. Set REELWISE_DATA_DIR to a folder "
                    + "holding a MovieLens release, or fetch one with: " + FETCH_COMMAND.formatted(dataDir));
        }
        long start = System.nanoTime();
        List<String> notices = new ArrayList<>();
        List<SourceReport> reports = new ArrayList<>();
        MetadataIndex index = new MetadataIndex();
        List<MetadataSource> present = readSources(index, reports);

        Set<Integer> usedTmdb = new HashSet<>();
        List<Movie> movieLens = movielens.map(ml -> movieLensMovies(ml, ratings, index, usedTmdb)).orElse(List.of());
        List<Movie> metadataOnly = ratedOnly ? List.of() : metadataOnlyMovies(index, present, usedTmdb, movieLens);
        List<Movie> movies = new ArrayList<>(movieLens);
        if (ratedOnly) {
            movies.removeIf(m -> !m.isRated());
        }
        movies.addAll(metadataOnly);

        if (movies.isEmpty()) {
            return Catalog.empty("No movies found in " + dataDir + ". Put a MovieLens release there (for example "
                    + "ml-latest-small/ with ratings.csv and movies.csv) or fetch one with: " + FETCH_COMMAND.formatted(dataDir));
        }
        if (movielens.isEmpty()) {
            notices.add("No MovieLens ratings found in " + dataDir + ": collaborative recommendations are off. Fetch them with: "
                    + FETCH_COMMAND.formatted(dataDir));
        }
        if (present.isEmpty()) {
            notices.add("No movie metadata (overviews, posters, keywords) found in " + dataDir + ": running on titles, genres "
                    + "and tags only. See data/README.md for the TMDB files, or set TMDB_API_KEY and run the fetch command with --tmdb.");
        }
        CatalogStats stats = stats(movielens, ratings, movies, movieLens, metadataOnly, withContributions(reports, movies, metadataOnly, index));
        log(stats, (System.nanoTime() - start) / 1_000_000);
        return new Catalog(movies, stats, notices);
    }

    private List<MetadataSource> readSources(MetadataIndex index, List<SourceReport> reports) {
        List<MetadataSource> present = new ArrayList<>();
        for (int rank = 0; rank < MetadataSource.ALL.size(); rank++) {
            MetadataSource source = MetadataSource.ALL.get(rank);
            Optional<Path> file = files.first(source.fileGlob());
            if (file.isEmpty()) {
                continue;
            }
            MetadataSource.Rows rows = source.read(file.get());
            for (Metadata m : rows.metadata()) {
                index.add(rank, m);
            }
            present.add(source);
            reports.add(new SourceReport(source.name(), dataDir.relativize(file.get()).toString(),
                    rows.metadata().size(), 0, 0, rows.malformed(), rows.blank()));
        }
        return present;
    }

    private List<Movie> movieLensMovies(MovieLensDataset ml, Ratings ratings, MetadataIndex index, Set<Integer> usedTmdb) {
        MovieRatingStats ratingStats = ratings == null ? null : ratings.movieStats();
        Map<Integer, List<String>> tags = ml.tagsFile().map(MovieLensMovies::readTags).orElse(Map.of());
        List<Movie> movies = new ArrayList<>();
        Set<Integer> seenIds = new HashSet<>();
        for (MovieLensMovies.Entry e : MovieLensMovies.read(ml)) {
            if (!seenIds.add(e.movieId())) {
                continue; // duplicate movieId rows: the first wins
            }
            List<MetadataIndex.Ranked> rows = index.rowsFor(e.tmdbId(), e.imdbId());
            if (e.tmdbId() != null) {
                usedTmdb.add(e.tmdbId());
            }
            int count = ratingStats == null ? 0 : ratingStats.count(e.movieId());
            Double mean = count == 0 ? null : ratingStats.mean(e.movieId());
            Integer year = e.title().year() != null ? e.title().year() : MetadataIndex.first(rows, Metadata::year);
            List<String> genres = e.genres().isEmpty() ? MetadataIndex.firstList(rows, Metadata::genres) : e.genres();
            movies.add(merged(e.movieId(), e.tmdbId(), e.imdbId(), e.title().title(), e.title().alternatives(), year, genres,
                    rows, tags.getOrDefault(e.movieId(), List.of()), count, mean));
        }
        return movies;
    }

    /** Movies only the metadata sources know: the cold-start items the content model is for. */
    private List<Movie> metadataOnlyMovies(MetadataIndex index, List<MetadataSource> present, Set<Integer> usedTmdb, List<Movie> existing) {
        if (present.stream().noneMatch(MetadataSource::addsMovies)) {
            return List.of();
        }
        Set<Integer> takenIds = new HashSet<>();
        existing.forEach(m -> takenIds.add(m.movieId()));
        Map<Integer, Integer> movieLensIds = MovieLensMovies.movieIdsByTmdb(files.all("links*.csv"));
        Set<Integer> addingRanks = new HashSet<>();
        for (int rank = 0; rank < MetadataSource.ALL.size(); rank++) {
            if (present.contains(MetadataSource.ALL.get(rank)) && MetadataSource.ALL.get(rank).addsMovies()) {
                addingRanks.add(rank);
            }
        }
        List<Movie> added = new ArrayList<>();
        for (Integer tmdb : index.tmdbIds().stream().sorted().toList()) {
            if (usedTmdb.contains(tmdb)) {
                continue;
            }
            List<MetadataIndex.Ranked> rows = index.rowsFor(tmdb, null);
            if (rows.stream().noneMatch(r -> addingRanks.contains(r.rank()))) {
                continue;
            }
            String title = MetadataIndex.first(rows, Metadata::title);
            if (title == null) {
                continue;
            }
            String imdb = MetadataIndex.first(rows, Metadata::imdbId);
            List<MetadataIndex.Ranked> allRows = index.rowsFor(tmdb, imdb);
            Integer movieLensId = movieLensIds.get(tmdb);
            int movieId = movieLensId != null && !takenIds.contains(movieLensId) ? movieLensId : Catalog.TMDB_ONLY_ID_BASE + tmdb;
            if (!takenIds.add(movieId)) {
                continue;
            }
            added.add(merged(movieId, tmdb, imdb, title, List.of(), MetadataIndex.first(allRows, Metadata::year),
                    MetadataIndex.firstList(allRows, Metadata::genres), allRows, List.of(), 0, null));
        }
        return added;
    }

    private static Movie merged(int movieId, Integer tmdbId, String imdbId, String title, List<String> alternatives, Integer year,
                                List<String> genres, List<MetadataIndex.Ranked> rows, List<String> tags, int ratingCount, Double meanRating) {
        Integer votes = MetadataIndex.first(rows, Metadata::votes, v -> v > 0);
        return new Movie(movieId, tmdbId, imdbId, title, alternatives, year, genres,
                MetadataIndex.first(rows, Metadata::overview),
                MetadataIndex.first(rows, Metadata::tagline),
                MetadataIndex.firstList(rows, Metadata::keywords),
                tags,
                MetadataIndex.first(rows, Metadata::director),
                MetadataIndex.firstList(rows, Metadata::cast),
                MetadataIndex.first(rows, Metadata::posterUrl),
                ratingCount, meanRating, votes == null ? 0 : votes);
    }

    /** Counts, per source, the catalog movies it joined and the metadata-only movies it introduced. */
    private static List<SourceReport> withContributions(List<SourceReport> reports, List<Movie> movies, List<Movie> metadataOnly,
                                                        MetadataIndex index) {
        Map<Integer, Integer> joined = new HashMap<>();
        for (Movie m : movies) {
            index.rowsFor(m.tmdbId(), m.imdbId()).stream().map(MetadataIndex.Ranked::rank).distinct()
                    .forEach(rank -> joined.merge(rank, 1, Integer::sum));
        }
        Map<Integer, Integer> added = new HashMap<>();
        for (Movie m : metadataOnly) {
            index.rowsFor(m.tmdbId(), null).stream()
                    .filter(r -> MetadataSource.ALL.get(r.rank()).addsMovies())
                    .findFirst().ifPresent(r -> added.merge(r.rank(), 1, Integer::sum));
        }
        return reports.stream().map(r -> {
            int rank = rankOf(r.name());
            return new SourceReport(r.name(), r.file(), r.rows(), joined.getOrDefault(rank, 0), added.getOrDefault(rank, 0),
                    r.malformed(), r.blank());
        }).toList();
    }

    private static int rankOf(String sourceName) {
        for (int rank = 0; rank < MetadataSource.ALL.size(); rank++) {
            if (MetadataSource.ALL.get(rank).name().equals(sourceName)) {
                return rank;
            }
        }
        throw new IllegalArgumentException("Unknown source " + sourceName);
    }

    private static CatalogStats stats(Optional<MovieLensDataset> movielens, Ratings ratings, List<Movie> movies,
                                      List<Movie> movieLens, List<Movie> metadataOnly, List<SourceReport> sources) {
        return new CatalogStats(
                movielens.map(MovieLensDataset::name).orElse(null),
                movies.size(),
                (int) movies.stream().filter(Movie::isRated).count(),
                ratings == null ? 0 : ratings.size(),
                ratings == null ? 0 : ratings.users().size(),
                metadataOnly.size(),
                Coverage.of(movies),
                Coverage.of(movieLens),
                sources);
    }

    private static void log(CatalogStats s, long millis) {
        log.info("Catalog: {} movies ({} rated, {} from metadata only) from {} in {} ms; {} ratings by {} users",
                s.movies(), s.ratedMovies(), s.metadataOnlyMovies(), s.movielens() == null ? "no MovieLens release" : s.movielens(),
                millis, s.ratings(), s.users());
        for (SourceReport r : s.sources()) {
            log.info("  source {} ({}): {} rows, joined {} movies, added {} metadata-only movies, skipped {} malformed and {} empty rows",
                    r.name(), r.file(), r.rows(), r.matched(), r.added(), r.malformed(), r.blank());
        }
        log.info("  coverage (all movies):       {}", format(s.coverage()));
        log.info("  coverage (MovieLens movies): {}", format(s.movielensCoverage()));
    }

    private static String format(Coverage c) {
        return "overview %.1f%%, poster %.1f%%, keywords %.1f%%, people %.1f%%, tagline %.1f%%".formatted(
                100 * c.overview(), 100 * c.poster(), 100 * c.keywords(), 100 * c.people(), 100 * c.tagline());
    }
}
