package com.reelwise.hybrid;

import com.reelwise.eval.Metrics;
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
        addTop(pool, s.ncf(), PER_SOURCE, excluded);
        addTop(pool, s.next(), PER_SOURCE, excluded);
        addTop(pool, s.taste(), PER_SOURCE, excluded);
        addTop(pool, s.content(), PER_SOURCE, excluded);
        addTop(pool, s.mood(), PER_SOURCE, excluded);
        addTop(pool, s.credits().scores(sources, s.popularity()), SAME_CREDITS, excluded);
        // popularity is the same for everyone: its orders are sorted once (HybridSources)
        addFirst(pool, sources.popularityOrder(false), POPULAR, excluded);
        addFirst(pool, sources.popularityOrder(true), UNRATED_POPULAR, excluded);
        return pool.stream().toArray();
    }

    /** The first {@code k} positions of a ranked order that are not excluded: a top-k without scanning every film. */
    static void addFirst(BitSet pool, int[] order, int k, BitSet excluded) {
        for (int i = 0, taken = 0; i < order.length && taken < k; i++) {
            if (!excluded.get(order[i])) {
                pool.set(order[i]);
                taken++;
            }
        }
    }

    private static void addTop(BitSet pool, float[] scores, int k, BitSet excluded) {
        if (scores == null) {
            return;
        }
        // The harness's top-k, so ties go as they go everywhere else: the earlier position first.
        for (int p : Metrics.topK(scores, k, i -> Float.isNaN(scores[i]) || excluded.get(i))) {
            pool.set(p);
        }
    }
}
