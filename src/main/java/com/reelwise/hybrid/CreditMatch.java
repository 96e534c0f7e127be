package com.reelwise.hybrid;

import java.util.HashMap;
import java.util.Map;

/**
 * How often each director and lead actor appears among one person's liked films: people who love two Coen
 * films expect a third, and no text embedding says reliably who made a film.
 */
final class CreditMatch {

    private final Map<Integer, Integer> directors;
    private final Map<Integer, Integer> actors;
    private final int liked;

    private CreditMatch(Map<Integer, Integer> directors, Map<Integer, Integer> actors, int liked) {
        this.directors = directors;
        this.actors = actors;
        this.liked = liked;
    }

    static CreditMatch of(int[] likedPositions, HybridSources sources) {
        Map<Integer, Integer> directors = new HashMap<>();
        Map<Integer, Integer> actors = new HashMap<>();
        for (int p : likedPositions) {
            int director = sources.director(p);
            if (director >= 0) {
                directors.merge(director, 1, Integer::sum);
            }
            for (int actor : sources.leadCast(p)) {
                actors.merge(actor, 1, Integer::sum);
            }
        }
        return new CreditMatch(directors, actors, likedPositions.length);
    }

    /** Share of the liked films by this director; NaN when the director is unknown or nothing is liked. */
    float director(int director) {
        if (director < 0 || liked == 0) {
            return Float.NaN;
        }
        return (float) directors.getOrDefault(director, 0) / liked;
    }

    /** How many liked films are by this director (0 when unknown). */
    int directorCount(int director) {
        return director < 0 ? 0 : directors.getOrDefault(director, 0);
    }

    /** How many liked films the best-represented of these lead actors is in. */
    int castCount(int[] leads) {
        int best = 0;
        for (int actor : leads) {
            best = Math.max(best, actors.getOrDefault(actor, 0));
        }
        return best;
    }

    /** How many liked films the counts are over. */
    int liked() {
        return liked;
    }

    /** The largest share of the liked films that one of these actors leads; NaN without cast or likes. */
    float cast(int[] leads) {
        if (leads.length == 0 || liked == 0) {
            return Float.NaN;
        }
        return (float) castCount(leads) / liked;
    }

    /**
     * Per catalog position, how strongly its credits match the liked films (a shared director counts twice a
     * shared lead actor; popularity breaks ties); NaN for films that share none.
     */
    float[] scores(HybridSources sources, float[] popularity) {
        float[] scores = new float[popularity.length];
        java.util.Arrays.fill(scores, Float.NaN);
        // Only films credited to one of the liked films' people can match: visit those, not the catalog.
        java.util.BitSet credited = new java.util.BitSet(popularity.length);
        for (int person : directors.keySet()) {
            sources.filmsCrediting(person).forEach(credited::set);
        }
        for (int person : actors.keySet()) {
            sources.filmsCrediting(person).forEach(credited::set);
        }
        for (int p = credited.nextSetBit(0); p >= 0; p = credited.nextSetBit(p + 1)) {
            int director = sources.director(p);
            float byDirector = director < 0 ? 0 : directors.getOrDefault(director, 0);
            int byActor = 0;
            for (int actor : sources.leadCast(p)) {
                byActor = Math.max(byActor, actors.getOrDefault(actor, 0));
            }
            float match = 2 * byDirector + byActor;
            scores[p] = match == 0 ? Float.NaN : match + 0.01f * popularity[p];
        }
        return scores;
    }
}
