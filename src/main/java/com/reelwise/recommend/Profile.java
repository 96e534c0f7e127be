package com.reelwise.recommend;

import java.util.List;

/**
 * What a person told us: movies they love and dislike, films they have seen ("My films"), and an
 * optional sentence about their mood. Ids are catalog movie ids.
 */
public record Profile(List<Integer> liked, List<Integer> disliked, List<Integer> seen, String mood) {

    public Profile {
        liked = List.copyOf(liked);
        disliked = List.copyOf(disliked);
        seen = List.copyOf(seen);
        mood = mood == null || mood.isBlank() ? null : mood.strip();
    }

    public static Profile liking(List<Integer> liked) {
        return new Profile(liked, List.of(), List.of(), null);
    }
}
