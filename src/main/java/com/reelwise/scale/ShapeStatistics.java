package com.reelwise.scale;

import com.reelwise.ratings.Ratings;
import java.util.Arrays;

/**
 * The figures by which a release's shape is compared with {@link MovieLensShape}: rating scale, activity and popularity
 * tails, sessions. The same code measures a real file and a synthetic one.
 *
 * @param meanRating          mean rating
 * @param sdRating            standard deviation of the ratings
 * @param halfStarShare       share of ratings ending in .5
 * @param medianPerMeanPerson median ratings per person over the mean
 * @param fewestPerPerson     the least active person's ratings
 * @param topPercentShare     share of all ratings on the 1% most rated films
 * @param topDecileShare      share of all ratings on the 10% most rated films
 * @param medianSessionSecs   median seconds between a person's first and last rating
 */
public record ShapeStatistics(double meanRating, double sdRating, double halfStarShare, double medianPerMeanPerson, int fewestPerPerson,
                              double topPercentShare, double topDecileShare, double medianSessionSecs) {

    public static ShapeStatistics of(Ratings ratings) {
        int n = ratings.size();
        int[] perPerson = new int[ratings.users().size()];
        int[] perFilm = new int[ratings.movies().size()];
        long[] first = new long[perPerson.length];
        long[] last = new long[perPerson.length];
        Arrays.fill(first, Long.MAX_VALUE);
        Arrays.fill(last, Long.MIN_VALUE);
        double sum = 0;
        double squares = 0;
        long halves = 0;
        for (int i = 0; i < n; i++) {
            float v = ratings.value(i);
            sum += v;
            squares += (double) v * v;
            halves += Math.round(v * 2) % 2 == 1 ? 1 : 0;
            int u = ratings.userIndex(i);
            perPerson[u]++;
            perFilm[ratings.movieIndex(i)]++;
            first[u] = Math.min(first[u], ratings.timestamp(i));
            last[u] = Math.max(last[u], ratings.timestamp(i));
        }
        double mean = sum / n;
        int[] people = perPerson.clone();
        Arrays.sort(people);
        int[] films = perFilm.clone();
        Arrays.sort(films);
        long[] sessions = new long[perPerson.length];
        for (int u = 0; u < sessions.length; u++) {
            sessions[u] = last[u] - first[u];
        }
        Arrays.sort(sessions);
        return new ShapeStatistics(mean, Math.sqrt(squares / n - mean * mean), (double) halves / n,
                people[(people.length - 1) / 2] / ((double) n / people.length), people[0],
                topShare(films, n, 0.01), topShare(films, n, 0.10), sessions[(sessions.length - 1) / 2]);
    }

    /** Share of the ratings on the top {@code fraction} of films (ascending counts given). */
    private static double topShare(int[] ascending, long total, double fraction) {
        int k = Math.max(1, (int) (ascending.length * fraction));
        long s = 0;
        for (int i = ascending.length - k; i < ascending.length; i++) {
            s += ascending[i];
        }
        return (double) s / total;
    }
}
