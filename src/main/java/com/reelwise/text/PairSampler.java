package com.reelwise.text;

import com.reelwise.catalog.Movie;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.Ratings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Draws fine-tuning pairs for the encoder from the TRAIN interactions only: (query, movie text) pairs
 * from a movie's keywords/tags/genres, and (movie A text, movie B text) pairs of two movies one user
 * liked. Only items with a train interaction ever appear, so test items of a split and held-out
 * cold-start movies (which have no train interaction) never do.
 */
public final class PairSampler {

    private final PairConfig config;

    public PairSampler(PairConfig config) {
        this.config = config;
    }

    /**
     * @param ratings     the data set's ratings (for rating values and index shapes only)
     * @param train       the interactions allowed for training; a rating counts only when (user, item) is in here
     * @param movieOfItem the catalog movie of an item index, or null
     * @param texts       the encoder text of an item index ({@code MovieText.of})
     * @return at most {@code maxPairs} pairs, queries first then co-liked pairs, shuffled together
     */
    public List<TextPair> sample(Ratings ratings, Interactions train, IntFunction<Movie> movieOfItem, IntFunction<String> texts) {
        Random random = new Random(config.seed());
        List<TextPair> pairs = new ArrayList<>(queryPairs(train, movieOfItem, texts, random));
        pairs.addAll(coLikedPairs(likedInTrain(ratings, train, config.likedRating()), texts, config.maxPairs() - pairs.size(), random));
        java.util.Collections.shuffle(pairs, random);
        return pairs;
    }

    private List<TextPair> queryPairs(Interactions train, IntFunction<Movie> movieOfItem, IntFunction<String> texts, Random random) {
        int[] counts = train.itemCounts();
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && movieOfItem.apply(i) != null) {
                items.add(i);
            }
        }
        java.util.Collections.shuffle(items, random);
        int want = (int) Math.round(config.maxPairs() * config.queryShare());
        List<TextPair> pairs = new ArrayList<>();
        for (int k = 0; k < items.size() && pairs.size() < want; k++) {
            String query = QueryText.of(movieOfItem.apply(items.get(k)), random);
            if (query != null) {
                pairs.add(new TextPair(query, texts.apply(items.get(k))));
            }
        }
        return pairs;
    }

    /** Per user, the items rated at or above {@code liked} whose (user, item) is in train. */
    static int[][] likedInTrain(Ratings ratings, Interactions train, float liked) {
        List<Set<Integer>> perUser = new ArrayList<>();
        for (int u = 0; u < train.numUsers(); u++) {
            perUser.add(new HashSet<>());
        }
        for (int row = 0; row < ratings.size(); row++) {
            int u = ratings.userIndex(row);
            int item = ratings.movieIndex(row);
            if (ratings.value(row) >= liked && train.contains(u, item)) {
                perUser.get(u).add(item);
            }
        }
        int[][] out = new int[perUser.size()][];
        for (int u = 0; u < out.length; u++) {
            out[u] = perUser.get(u).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return out;
    }

    /** A random user with two liked items, then two of them; distinct unordered pairs; bounded tries. */
    private static List<TextPair> coLikedPairs(int[][] liked, IntFunction<String> texts, int want, Random random) {
        List<Integer> users = new ArrayList<>();
        for (int u = 0; u < liked.length; u++) {
            if (liked[u].length >= 2) {
                users.add(u);
            }
        }
        List<TextPair> pairs = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int tries = 0; !users.isEmpty() && pairs.size() < want && tries < want * 20; tries++) {
            int[] items = liked[users.get(random.nextInt(users.size()))];
            int a = items[random.nextInt(items.length)];
            int b = items[random.nextInt(items.length)];
            if (a != b && seen.add((long) Math.min(a, b) << 32 | Math.max(a, b))) {
                pairs.add(new TextPair(texts.apply(a), texts.apply(b)));
            }
        }
        return pairs;
    }
}
