package com.reelwise.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reelwise.ratings.MovieLensDataset;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import me.tongfei.progressbar.ProgressBar;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Looks up every movie of a MovieLens release's links.csv in TMDB (through the caching {@link TmdbClient})
 * and writes the consolidated {@code tmdb-api/movies.jsonl} that the catalog reads.
 */
final class TmdbEnricher {

    static final String POSTER_BASE = "https://image.tmdb.org/t/p/w500";
    private static final int CAST_SIZE = 5;

    private final TmdbClient client;
    private final Progress progress;
    private final int threads;
    private final ObjectMapper json = new ObjectMapper();

    /** @param threads parallel requests; the client's rate limiter still caps the overall rate */
    TmdbEnricher(TmdbClient client, Progress progress, int threads) {
        this.client = client;
        this.progress = progress;
        this.threads = threads;
    }

    /**
     * @param tmdbIds  distinct TMDB ids in links.csv
     * @param fetched  looked up in TMDB by this run (the rest came from the cache)
     * @param notFound ids TMDB does not know (failed lookups, cached as such)
     * @param written  lines in movies.jsonl
     */
    record Summary(int tmdbIds, int fetched, int notFound, int written, Path file) {
    }

    Summary enrich(MovieLensDataset dataset, Path output) {
        Path links = dataset.linksFile().orElseThrow(() -> new FetchException(dataset.name()
                + " has no links.csv with TMDB ids, so --tmdb cannot enrich it; use a CSV release such as ml-latest-small."));
        Map<Integer, String> imdbByTmdb = readLinks(links);
        List<Integer> missing = imdbByTmdb.keySet().stream().filter(id -> !client.isCached(id)).toList();
        fetchAll(missing);

        List<TmdbApiMovie> movies = new ArrayList<>();
        int notFound = 0;
        for (Map.Entry<Integer, String> link : imdbByTmdb.entrySet()) {
            TmdbClient.Lookup lookup = client.lookup(link.getKey()); // all cached by now
            if (lookup.found()) {
                movies.add(toMovie(link.getKey(), lookup.json(), link.getValue()));
            } else {
                notFound++;
            }
        }
        try {
            TmdbApiMovies.write(output, movies);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + output, e);
        }
        return new Summary(imdbByTmdb.size(), missing.size(), notFound, movies.size(), output);
    }

    private void fetchAll(List<Integer> ids) {
        if (ids.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (ProgressBar bar = progress.items("TMDB lookups", ids.size())) {
            List<Future<?>> jobs = ids.stream().<Future<?>>map(id -> pool.submit(() -> {
                client.lookup(id);
                bar.step();
            })).toList();
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (ExecutionException e) {
            // Stop at the first hard failure (e.g. a rejected key); what was fetched so far stays cached.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("Interrupted while fetching from TMDB; cached movies are kept.", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** tmdbId to IMDb id ("tt" + links.csv imdbId), in file order; rows without a tmdbId are skipped. */
    static Map<Integer, String> readLinks(Path links) {
        Map<Integer, String> imdbByTmdb = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader in = Files.newBufferedReader(links, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(in, format)) {
            for (CSVRecord row : csv) {
                String tmdb = row.get("tmdbId");
                if (tmdb.isEmpty()) {
                    continue;
                }
                String imdb = row.get("imdbId");
                imdbByTmdb.putIfAbsent(Integer.parseInt(tmdb), imdb.isEmpty() ? null : "tt" + imdb);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + links, e);
        } catch (IllegalArgumentException e) {
            throw new FetchException(links + " is not a MovieLens links.csv (movieId,imdbId,tmdbId): " + e.getMessage(), e);
        }
        return imdbByTmdb;
    }

    TmdbApiMovie toMovie(int tmdbId, String body, String linksImdbId) {
        JsonNode m;
        try {
            m = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new FetchException("The cached TMDB answer for movie " + tmdbId + " is not JSON; delete it and run again.", e);
        }
        String imdbId = text(m, "imdb_id");
        String releaseDate = text(m, "release_date");
        String posterPath = text(m, "poster_path");
        JsonNode credits = m.path("credits");
        String director = StreamSupport.stream(credits.path("crew").spliterator(), false)
                .filter(c -> "Director".equals(c.path("job").asText()))
                .map(c -> text(c, "name")).findFirst().orElse(null);
        List<String> cast = StreamSupport.stream(credits.path("cast").spliterator(), false)
                .sorted(Comparator.comparingInt(c -> c.path("order").asInt(Integer.MAX_VALUE)))
                .map(c -> text(c, "name")).filter(Objects::nonNull).limit(CAST_SIZE).toList();
        return new TmdbApiMovie(
                tmdbId,
                imdbId != null ? imdbId : linksImdbId,
                text(m, "title"),
                year(releaseDate),
                text(m, "overview"),
                text(m, "tagline"),
                names(m.path("genres")),
                names(m.path("keywords").path("keywords")),
                director,
                cast,
                posterPath != null ? POSTER_BASE + posterPath : null,
                m.path("vote_average").asDouble(),
                m.path("vote_count").asInt());
    }

    private static Integer year(String releaseDate) {
        if (releaseDate == null || releaseDate.length() < 4) {
            return null;
        }
        try {
            return Integer.valueOf(releaseDate.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> text(n, "name"))
                .filter(Objects::nonNull).toList();
    }

    /** TMDB sends "" for a missing tagline or overview; the file says null instead. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
