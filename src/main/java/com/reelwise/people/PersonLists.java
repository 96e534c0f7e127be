package com.reelwise.people;

import java.util.List;
import java.util.UUID;

/**
 * One person's saved lists, as read after the last committed change.
 *
 * @param liked    movie ids liked, oldest first
 * @param disliked movie ids disliked, oldest first
 * @param myFilms  movie ids saved to My films, oldest first
 */
public record PersonLists(UUID profileId, String name, List<Integer> liked, List<Integer> disliked, List<Integer> myFilms) {

    public PersonLists {
        liked = List.copyOf(liked);
        disliked = List.copyOf(disliked);
        myFilms = List.copyOf(myFilms);
    }
}
