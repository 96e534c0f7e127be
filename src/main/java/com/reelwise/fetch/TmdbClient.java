package com.reelwise.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks movies up in the TMDB API ({@code /3/movie/{id}?append_to_response=keywords,credits}), one JSON
 * file per id in a cache directory so a re-run only asks for what is missing. Requests pass a rate
 * limiter; 429 and 5xx answers and I/O errors are retried with exponential backoff, honouring
 * Retry-After; a 404 is cached as a failed lookup. Thread-safe.
 */
final class TmdbClient {

    private static final Logger log = LoggerFactory.getLogger(TmdbClient.class);

    /** Cached in place of a response when TMDB has no such movie, so the id is not asked for every run. */
    static final String NOT_FOUND_JSON = "{\"success\":false,\"httpStatus\":404}";

    static final int MAX_ATTEMPTS = 6;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_WAIT = Duration.ofMinutes(2);

    /** The outcome for one id: the TMDB JSON, or {@code null} when TMDB has no such movie. */
    record Lookup(int tmdbId, String json) {
        boolean found() {
            return json != null;
        }
    }

    /** Blocks until the next request may go out (a rate limiter in production). */
    @FunctionalInterface
    interface Throttle {
        void acquire();
    }

    /** Waits between retries; injected so tests do not wait. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        Sleeper REAL = duration -> Thread.sleep(duration.toMillis());
    }

    private final HttpClient http;
    private final URI baseUrl;
    private final TmdbKey key;
    private final Path cacheDir;
    private final Throttle throttle;
    private final Sleeper sleeper;
    private final Clock clock;

    /**
     * @param baseUrl  API root, normally https://api.themoviedb.org
     * @param cacheDir normally {@code <dataDir>/tmdb-api/cache}
     */
    TmdbClient(HttpClient http, URI baseUrl, TmdbKey key, Path cacheDir, Throttle throttle, Sleeper sleeper,
               Clock clock) {
        this.http = http;
        this.baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
        this.key = key;
        this.cacheDir = cacheDir;
        this.throttle = throttle;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    boolean isCached(int tmdbId) {
        return Files.isRegularFile(cacheFile(tmdbId));
    }

    /** The cached answer, else one fetched from TMDB (and then cached). */
    Lookup lookup(int tmdbId) {
        Optional<Lookup> cached = cached(tmdbId);
        if (cached.isPresent()) {
            return cached.get();
        }
        Lookup fetched = fetch(tmdbId);
        store(fetched);
        return fetched;
    }

    Optional<Lookup> cached(int tmdbId) {
        Path file = cacheFile(tmdbId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            return Optional.of(new Lookup(tmdbId, json.equals(NOT_FOUND_JSON) ? null : json));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the TMDB cache file " + file, e);
        }
    }

    private Lookup fetch(int tmdbId) {
        String what = "/3/movie/" + tmdbId; // never the full URI: with a v3 key it carries the key
        URI uri = URI.create(baseUrl + what + "?append_to_response=keywords,credits");
        for (int attempt = 1; ; attempt++) {
            throttle.acquire();
            Duration wait;
            String problem;
            try {
                HttpResponse<String> response = http.send(key.authorize(uri).header("Accept", "application/json")
                        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status == 200) {
                    return new Lookup(tmdbId, response.body());
                }
                if (status == 404) {
                    return new Lookup(tmdbId, null);
                }
                if (status == 401) {
                    throw new FetchException("TMDB refused the API key (HTTP 401): check the environment variable "
                            + TmdbKey.ENV + ".");
                }
                if (status != 429 && status < 500) {
                    throw new FetchException("TMDB answered HTTP " + status + " for " + what + ".");
                }
                problem = "HTTP " + status;
                wait = retryAfter(response).orElse(backoff(attempt));
            } catch (IOException e) {
                problem = key.redact(DatasetDownloader.reason(e));
                wait = backoff(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("Interrupted while fetching " + what + " from TMDB.", e);
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new FetchException("TMDB still failed for " + what + " after " + MAX_ATTEMPTS + " attempts ("
                        + problem + "); run again later, cached movies are kept.");
            }
            wait = wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
            log.warn("TMDB {} for {}; retrying in {}s (attempt {} of {})", problem, what, wait.toSeconds(),
                    attempt + 1, MAX_ATTEMPTS);
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("Interrupted while waiting to retry " + what + ".", e);
            }
        }
    }

    private static Duration backoff(int attempt) {
        return FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 10));
    }

    /** Retry-After is either delta-seconds or an HTTP date (RFC 9110 section 10.2.3). */
    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::trim).flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration until = Duration.between(clock.instant(), when.toInstant());
                    return Optional.of(until.isNegative() ? Duration.ZERO : until);
                } catch (DateTimeParseException neither) {
                    return Optional.empty();
                }
            }
        });
    }

    private void store(Lookup lookup) {
        Path file = cacheFile(lookup.tmdbId());
        try {
            Files.createDirectories(cacheDir);
            // Write then rename, so an interrupted run never leaves a truncated JSON that counts as cached.
            Path temp = Files.createTempFile(cacheDir, lookup.tmdbId() + "-", ".tmp");
            Files.writeString(temp, lookup.found() ? lookup.json() : NOT_FOUND_JSON, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the TMDB cache file " + file, e);
        }
    }

    private Path cacheFile(int tmdbId) {
        return cacheDir.resolve(tmdbId + ".json");
    }
}
