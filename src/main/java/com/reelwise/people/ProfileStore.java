package com.reelwise.people;

import java.util.UUID;

/**
 * Where people's lists live. Every call that reads or changes a profile needs its secret key, so one
 * person cannot see or change another's lists. Methods return only after the change has committed.
 */
public interface ProfileStore {

    /** Creates a profile; a blank name gets a generated one. */
    NewProfile create(String name);

    /** The profile's lists; {@link ProfileAccessException} when the key does not open it. */
    PersonLists open(UUID profileId, String key);

    PersonLists rename(UUID profileId, String key, String name);

    /** Sets (or, with null, clears) the verdict on a movie; liking a disliked movie replaces the dislike. */
    PersonLists setVerdict(UUID profileId, String key, int movieId, Verdict verdict);

    PersonLists addFilm(UUID profileId, String key, int movieId);

    PersonLists removeFilm(UUID profileId, String key, int movieId);

    /** Sets (or, with null, clears) the person's own stars for a movie: half stars from 0.5 to 5. */
    PersonLists setStars(UUID profileId, String key, int movieId, Float stars);

    /** The sentence for stars that are not half stars from 0.5 to 5, or null when they are. */
    static String badStars(Float stars) {
        if (stars == null || (stars >= 0.5f && stars <= 5f && stars * 2 == Math.rint(stars * 2))) {
            return null;
        }
        return "Stars go from 0.5 to 5 in half stars (got " + stars + ").";
    }
}
