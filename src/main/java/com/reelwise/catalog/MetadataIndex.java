package com.reelwise.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * All metadata rows of all sources, looked up by TMDB or IMDb id and merged field by field:
 * each field comes from the highest-precedence row that has it.
 */
final class MetadataIndex {

    /** A row and the precedence of its source (0 = highest). */
    record Ranked(int rank, Metadata metadata) {
    }

    private final Map<Integer, List<Ranked>> byTmdb = new HashMap<>();
    private final Map<String, List<Ranked>> byImdb = new HashMap<>();

    void add(int rank, Metadata metadata) {
        Ranked ranked = new Ranked(rank, metadata);
        if (metadata.tmdbId() != null) {
            byTmdb.computeIfAbsent(metadata.tmdbId(), k -> new ArrayList<>()).add(ranked);
        }
        if (metadata.imdbId() != null) {
            byImdb.computeIfAbsent(metadata.imdbId(), k -> new ArrayList<>()).add(ranked);
        }
    }

    Set<Integer> tmdbIds() {
        return byTmdb.keySet();
    }

    /**
     * Rows for a movie, best first. Rows found through the IMDb id are kept only when they do not
     * name a different TMDB id, so one bad link cannot graft another film's text onto this one.
     */
    List<Ranked> rowsFor(Integer tmdbId, String imdbId) {
        Set<Ranked> rows = new LinkedHashSet<>();
        if (tmdbId != null) {
            rows.addAll(byTmdb.getOrDefault(tmdbId, List.of()));
        }
        if (imdbId != null) {
            for (Ranked r : byImdb.getOrDefault(imdbId, List.of())) {
                if (r.metadata().tmdbId() == null || tmdbId == null || r.metadata().tmdbId().equals(tmdbId)) {
                    rows.add(r);
                }
            }
        }
        List<Ranked> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(Ranked::rank));
        return sorted;
    }

    /** The first non-empty value of a field across rows in precedence order. */
    static <T> T first(List<Ranked> rows, Function<Metadata, T> field, Predicate<T> present) {
        return rows.stream().map(r -> field.apply(r.metadata())).filter(Objects::nonNull).filter(present).findFirst().orElse(null);
    }

    static <T> T first(List<Ranked> rows, Function<Metadata, T> field) {
        return first(rows, field, v -> true);
    }

    static List<String> firstList(List<Ranked> rows, Function<Metadata, List<String>> field) {
        List<String> value = first(rows, field, l -> !l.isEmpty());
        return value == null ? List.of() : value;
    }
}
