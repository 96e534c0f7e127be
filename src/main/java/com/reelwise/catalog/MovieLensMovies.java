package com.reelwise.catalog;

import com.reelwise.ratings.MovieLensDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** The movies of one MovieLens release, with their TMDB/IMDb ids and user tags. */
final class MovieLensMovies {

    /** ml-100k's genre flag columns, in u.genre order. */
    private static final List<String> ML100K_GENRES = List.of("unknown", "Action", "Adventure", "Animation", "Children",
            "Comedy", "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery", "Romance",
            "Sci-Fi", "Thriller", "War", "Western");
    private static final int TOP_TAGS = 20;

    /** A MovieLens movie before metadata is merged in. */
    record Entry(int movieId, MovieTitle title, List<String> genres, Integer tmdbId, String imdbId) {
    }

    private MovieLensMovies() {
    }

    static List<Entry> read(MovieLensDataset dataset) {
        return dataset.format() == MovieLensDataset.Format.ML_100K ? readMl100k(dataset.moviesFile()) : readCsv(dataset);
    }

    /** movies.csv joined with links.csv on movieId (a left join: movies without links keep null ids). */
    private static List<Entry> readCsv(MovieLensDataset dataset) {
        Table movies = Table.read().csv(CsvReadOptions.builder(dataset.moviesFile().toFile())
                .columnTypes(new ColumnType[] {ColumnType.INTEGER, ColumnType.STRING, ColumnType.STRING}).build());
        Table joined = dataset.linksFile()
                .map(links -> movies.joinOn("movieId").leftOuter(readLinks(links)))
                .orElse(movies);
        boolean hasLinks = joined.containsColumn("tmdbId");
        List<Entry> entries = new ArrayList<>(joined.rowCount());
        for (int r = 0; r < joined.rowCount(); r++) {
            entries.add(new Entry(
                    joined.intColumn("movieId").get(r),
                    MovieTitle.parse(joined.stringColumn("title").get(r)),
                    Genres.split(joined.stringColumn("genres").get(r), "\\|"),
                    hasLinks ? Ids.integer(joined.stringColumn("tmdbId").get(r)) : null,
                    hasLinks ? Ids.imdb(joined.stringColumn("imdbId").get(r)) : null));
        }
        return entries;
    }

    /** links.csv as text columns: imdbId keeps its zero padding and tmdbId may be blank. */
    static Table readLinks(Path links) {
        return Table.read().csv(CsvReadOptions.builder(links.toFile())
                .columnTypes(new ColumnType[] {ColumnType.INTEGER, ColumnType.STRING, ColumnType.STRING}).build());
    }

    /** u.item: "|"-separated, Latin-1, no header; genres are 19 flag columns. */
    private static List<Entry> readMl100k(Path uItem) {
        List<String> names = new ArrayList<>(List.of("movieId", "title", "release", "video", "url"));
        names.addAll(ML100K_GENRES);
        Table t = CsvTables.read(uItem, StandardCharsets.ISO_8859_1, '|', false, names).table();
        List<Entry> entries = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            Integer id = Ids.integer(t.stringColumn("movieId").get(r));
            if (id == null) {
                continue;
            }
            int row = r;
            List<String> genres = ML100K_GENRES.stream().filter(g -> !g.equals("unknown"))
                    .filter(g -> "1".equals(t.stringColumn(g).get(row))).toList();
            entries.add(new Entry(id, MovieTitle.parse(t.stringColumn("title").get(r)), genres, null, null));
        }
        return entries;
    }

    /** User tags per movie, most used first, lower-cased and de-duplicated. */
    static Map<Integer, List<String>> readTags(Path tagsCsv) {
        Table t = CsvTables.read(tagsCsv).table();
        Map<Integer, Map<String, Integer>> counts = new HashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            Integer movieId = Ids.integer(t.stringColumn("movieId").get(r));
            String tag = t.stringColumn("tag").get(r).strip().toLowerCase(Locale.ROOT);
            if (movieId != null && !tag.isEmpty()) {
                counts.computeIfAbsent(movieId, k -> new LinkedHashMap<>()).merge(tag, 1, Integer::sum);
            }
        }
        Map<Integer, List<String>> tags = new HashMap<>();
        counts.forEach((movieId, byTag) -> tags.put(movieId, byTag.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(TOP_TAGS).map(Map.Entry::getKey).toList()));
        return tags;
    }

    /** tmdbId → MovieLens movieId from any links file (e.g. The Movies Dataset's full links.csv). */
    static Map<Integer, Integer> movieIdsByTmdb(List<Path> linkFiles) {
        Map<Integer, Integer> ids = new HashMap<>();
        for (Path file : linkFiles) {
            try {
                Table links = readLinks(file);
                IntStream.range(0, links.rowCount()).forEach(r -> {
                    Integer tmdb = Ids.integer(links.stringColumn("tmdbId").get(r));
                    if (tmdb != null) {
                        ids.putIfAbsent(tmdb, links.intColumn("movieId").get(r));
                    }
                });
            } catch (RuntimeException e) {
                throw new UncheckedIOException("Cannot read the links file " + file, new IOException(e.getMessage(), e));
            }
        }
        return ids;
    }
}
