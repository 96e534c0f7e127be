package com.reelwise.hybrid;

import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.Filters;
import com.reelwise.recommend.Profile;
import java.util.BitSet;

/**
 * The films the ranker looks at for one person: the union of each source's best (collaborative, sequential,
 * content, mood, the same director or lead actors, popular here, and popular on TMDB among films nobody here
 * has rated), never the person's own films, only films the filters allow. Every other film ranks below the pool.
 */
final class CandidatePool {

    /** Best films taken from each model source. */
    static final int PER_SOURCE = 150;
    /** Best films taken by popularity, and by TMDB votes among unrated films (new films can enter the list). */
    static final int POPULAR = 50;
    static final int UNRATED_POPULAR = 30;
    /**
     * Films sharing a director or lead actor with the liked ones: a Coen lover's other Coen films are often in
     * no model's top 150 for a new person, and the ranker cannot promote what the pool leaves out.
     */
    static final int SAME_CREDITS = 40;

    private CandidatePool() {
    }

    static int[] of(Signals s, Filters filters, HybridSources sources) {
        CandidateRanker catalog = sources.catalog();
        BitSet excluded = new BitSet(catalog.size());
        Profile p = s.profile();
        for (java.util.List<Integer> ids : java.util.List.of(p.liked(), p.disliked(), p.seen())) {
            for (int id : ids) {
                int position = catalog.position(id);
                if (position >= 0) {
                    excluded.set(position);
                }
            }
        }
        boolean filtering = !filters.equals(Filters.NONE);
        for (int position = 0; filtering && position < catalog.size(); position++) {
            if (!filters.accepts(catalog.movieAt(position))) {
                excluded.set(position);
            }
        }
        BitSet pool = new BitSet(catalog.size());
        addTop(pool, s.ncf(), PER_SOURCE, excluded, false, catalog);
        addTop(pool, s.next(), PER_SOURCE, excluded, false, catalog);
        addTop(pool, s.taste(), PER_SOURCE, excluded, false, catalog);
        addTop(pool, s.content(), PER_SOURCE, excluded, false, catalog);
        addTop(pool, s.mood(), PER_SOURCE, excluded, false, catalog);
        addTop(pool, CreditMatch.of(s.likedAll(), sources).scores(sources, s.popularity()), SAME_CREDITS, excluded, false, catalog);
        addTop(pool, s.popularity(), POPULAR, excluded, false, catalog);
        addTop(pool, s.popularity(), UNRATED_POPULAR, excluded, true, catalog);
        return pool.stream().toArray();
    }

    private static void addTop(BitSet pool, float[] scores, int k, BitSet excluded, boolean unratedOnly, CandidateRanker catalog) {
        if (scores == null || k == 0) {
            return;
        }
        // A min-heap of positions on primitive ints: the root is the weakest kept film (lowest score, and
        // among equal scores the later position), so ties keep the earlier film.
        int[] heap = new int[k];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            float v = scores[i];
            if (Float.isNaN(v) || excluded.get(i) || unratedOnly && catalog.ratingCount(i) > 0) {
                continue;
            }
            if (size < k) {
                heap[size] = i;
                siftUp(heap, size++, scores);
            } else if (v > scores[heap[0]]) {
                heap[0] = i;
                siftDown(heap, size, scores);
            }
        }
        for (int j = 0; j < size; j++) {
            pool.set(heap[j]);
        }
    }

    private static boolean weaker(float[] scores, int a, int b) {
        int c = Float.compare(scores[a], scores[b]);
        return c != 0 ? c < 0 : a > b;
    }

    private static void siftUp(int[] heap, int at, float[] scores) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!weaker(scores, heap[at], heap[parent])) {
                return;
            }
            int t = heap[at];
            heap[at] = heap[parent];
            heap[parent] = t;
            at = parent;
        }
    }

    private static void siftDown(int[] heap, int size, float[] scores) {
        int at = 0;
        while (true) {
            int left = 2 * at + 1;
            if (left >= size) {
                return;
            }
            int child = left + 1 < size && weaker(scores, heap[left + 1], heap[left]) ? left + 1 : left;
            if (!weaker(scores, heap[child], heap[at])) {
                return;
            }
            int t = heap[at];
            heap[at] = heap[child];
            heap[child] = t;
            at = child;
        }
    }
}
