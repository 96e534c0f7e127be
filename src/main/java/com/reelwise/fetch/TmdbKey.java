package com.reelwise.fetch;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * The TMDB credential from env {@code TMDB_API_KEY}: a v3 API key (sent as {@code api_key}) or a v4
 * read access token (a JWT, sent as a bearer token). {@link #toString()} never shows it.
 */
final class TmdbKey {

    static final String ENV = "TMDB_API_KEY";

    private final String value;

    TmdbKey(String value) {
        this.value = value.trim();
    }

    /** v4 read access tokens are JWTs: three dot-separated parts, the first starting "eyJ". */
    boolean isBearerToken() {
        return value.startsWith("eyJ") && value.chars().filter(c -> c == '.').count() == 2;
    }

    /** Adds the credential to a request for {@code uri} (which must not yet carry it). */
    HttpRequest.Builder authorize(URI uri) {
        if (isBearerToken()) {
            return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + value);
        }
        String separator = uri.getRawQuery() == null ? "?" : "&";
        return HttpRequest.newBuilder(URI.create(uri + separator + "api_key=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    }

    /** Masks the key in text that may reach a log or a user, in case a library echoed the URL. */
    String redact(String text) {
        return text == null ? null : text.replace(value, "***");
    }

    @Override
    public String toString() {
        return "TmdbKey[***]";
    }
}
