package com.reelwise.recommend;

import com.reelwise.ratings.Ratings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who liked what, for explanations such as "41% of the 110 people who liked Heat also liked this".
 * "Liked" means rated at least {@link #LIKED_AT}; users are kept sorted per movie so an overlap is a merge.
 */
public final class CollaborativeEvidence {

    public static final float LIKED_AT = 4.0f;

    private final Map<Integer, int[]> likersByMovie = new HashMap<>();

    public CollaborativeEvidence(Ratings ratings) {
        Map<Integer, List<Integer>> likers = new HashMap<>();
        for (int i = 0; i < ratings.size(); i++) {
            if (ratings.value(i) >= LIKED_AT) {
                likers.computeIfAbsent(ratings.movies().idAt(ratings.movieIndex(i)), k -> new ArrayList<>()).add(ratings.userIndex(i));
            }
        }
        likers.forEach((movie, users) -> likersByMovie.put(movie, users.stream().mapToInt(Integer::intValue).sorted().distinct().toArray()));
    }

    /** How many people liked a movie. */
    public int likers(int movieId) {
        return likersByMovie.getOrDefault(movieId, new int[0]).length;
    }

    /** How many people liked both movies. */
    public int likedBoth(int movieA, int movieB) {
        int[] a = likersByMovie.getOrDefault(movieA, new int[0]);
        int[] b = likersByMovie.getOrDefault(movieB, new int[0]);
        int i = 0;
        int j = 0;
        int both = 0;
        while (i < a.length && j < b.length) {
            int cmp = Integer.compare(a[i], b[j]);
            if (cmp == 0) {
                both++;
                i++;
                j++;
            } else if (cmp < 0) {
                i++;
            } else {
                j++;
            }
        }
        return both;
    }

    /** The share of {@code source}'s likers who also liked {@code target}, 0 when nobody liked the source. */
    public double share(int source, int target) {
        int n = likers(source);
        return n == 0 ? 0 : (double) likedBoth(source, target) / n;
    }

    /** The person's movies ordered by how strongly their fans also liked {@code target}, strongest first, ties by id. */
    public List<Integer> strongestSources(List<Integer> liked, int target) {
        return liked.stream().filter(id -> likedBoth(id, target) > 0)
                .sorted((x, y) -> {
                    int byShare = Double.compare(share(y, target), share(x, target));
                    return byShare != 0 ? byShare : Integer.compare(x, y);
                }).toList();
    }
}
