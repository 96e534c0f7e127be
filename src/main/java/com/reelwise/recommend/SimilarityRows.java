package com.reelwise.recommend;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Each picked movie's similarity to every catalog movie, kept in a bounded cache. WHY: a content
 * score is a weighted sum of the liked movies' similarities, and people pick from a few thousand
 * well-known films; summing a handful of cached rows (76 KB each for 19k movies) replaces a scan
 * of the whole embedding matrix (29 MB, bound by memory bandwidth) per request. A request whose rows
 * are not all cached is scored by that scan instead while its rows load in the background (Caffeine's
 * executor), so a miss costs what every request used to cost and the next person gets the rows.
 */
public final class SimilarityRows {

    /** Rows computed per scan: enough to share one pass over the matrix, few enough to stay in cache. */
    private static final int BATCH = 32;

    private final EmbeddingMatrix embeddings;
    private final long maxBytes;
    private final AsyncLoadingCache<Integer, float[]> rows;

    /**
     * @param maxBytes the most memory the cached rows may hold; 0 turns the cache off
     */
    public SimilarityRows(EmbeddingMatrix embeddings, long maxBytes) {
        this(embeddings, maxBytes, ForkJoinPool.commonPool());
    }

    /** @param loader runs the background loads (tests pass one that runs them at once) */
    SimilarityRows(EmbeddingMatrix embeddings, long maxBytes, Executor loader) {
        this.embeddings = embeddings;
        this.maxBytes = maxBytes;
        this.rows = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Integer position, float[] row) -> Float.BYTES * row.length)
                .recordStats()
                .executor(loader)
                .buildAsync(new CacheLoader<>() {
                    @Override
                    public float[] load(Integer position) {
                        return embeddings.similarityRows(new int[] {position})[0];
                    }

                    @Override
                    public Map<Integer, float[]> loadAll(Set<? extends Integer> positions) {
                        int[] missing = positions.stream().mapToInt(Integer::intValue).toArray();
                        float[][] computed = embeddings.similarityRows(missing);
                        Map<Integer, float[]> out = new HashMap<>();
                        for (int i = 0; i < missing.length; i++) {
                            out.put(missing[i], computed[i]);
                        }
                        return out;
                    }
                });
    }

    /** A default budget: 256 MB, but never more than an eighth of the heap. */
    public static long defaultBudget() {
        return Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8);
    }

    /**
     * The similarity rows of the movies at these catalog positions, in order, when every one is
     * cached; otherwise null, and the missing rows start loading in the background.
     */
    public List<float[]> ifCached(List<Integer> positions) {
        if (maxBytes == 0) {
            return null;
        }
        Set<Integer> distinct = new LinkedHashSet<>(positions);
        Map<Integer, float[]> found = rows.synchronous().getAllPresent(distinct);
        if (found.size() < distinct.size()) {
            rows.getAll(distinct);
            return null;
        }
        List<float[]> out = new ArrayList<>(positions.size());
        for (int position : positions) {
            out.add(found.get(position));
        }
        return out;
    }

    /** Computes and caches the rows of these movies now, {@value #BATCH} per scan (at start, for the most-picked movies). */
    public void warm(List<Integer> positions) {
        if (maxBytes == 0) {
            return;
        }
        List<Integer> usable = positions.stream().filter(embeddings::has).toList();
        for (int start = 0; start < usable.size(); start += BATCH) {
            rows.getAll(usable.subList(start, Math.min(usable.size(), start + BATCH))).join();
        }
    }

    /** Hits, misses and evictions so far (the benchmark reports the hit rate). */
    public CacheStats stats() {
        return rows.synchronous().stats();
    }
}
