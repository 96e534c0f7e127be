package com.reelwise.recommend;

import com.reelwise.problems.InvalidInputException;
import java.util.Locale;

/**
 * How the content method (and the hybrid's content and mood sources) find their candidates: by scoring every film
 * (exact) or from the HNSW index (approximate, faster past tens of thousands of films). {@link #AUTO} takes the index
 * from {@value #HNSW_FROM_FILMS} films on: below that, exact scoring is fast enough and loses nothing (docs/scale.md
 * has the measurements).
 */
public enum CandidateSearch {
    AUTO, EXACT, HNSW;

    /** The catalog size from which {@link #AUTO} uses the index. */
    public static final int HNSW_FROM_FILMS = 50_000;
    /** Films the index returns per request; the filters and exclusions then pick from these. */
    public static final int HNSW_CANDIDATES = 500;

    /** Whether a request with this choice reads the index, for a catalog of {@code films}. */
    public boolean usesIndex(int films) {
        return this == HNSW || this == AUTO && films >= HNSW_FROM_FILMS;
    }

    /** "auto", "exact" or "hnsw" (null or blank: auto). */
    public static CandidateSearch parse(String text) {
        if (text == null || text.isBlank()) {
            return AUTO;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown candidates '" + text.strip() + "'; use one of auto, exact, hnsw.");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
