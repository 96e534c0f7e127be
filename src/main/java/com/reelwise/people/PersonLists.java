package com.reelwise.people;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One person's saved lists, as read after the last committed change.
 *
 * @param liked    movie ids liked, oldest first
 * @param disliked movie ids disliked, oldest first
 * @param myFilms  movie ids saved to My films, oldest first
 * @param stars    the person's own stars per movie id (0.5 to 5), oldest first
 */
public record PersonLists(UUID profileId, String name, List<Integer> liked, List<Integer> disliked, List<Integer> myFilms,
                          Map<Integer, Float> stars) {

    public PersonLists {
        liked = List.copyOf(liked);
        disliked = List.copyOf(disliked);
        myFilms = List.copyOf(myFilms);
        stars = Collections.unmodifiableMap(new LinkedHashMap<>(stars));
    }
}
