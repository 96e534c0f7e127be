package com.reelwise.hybrid;

import com.reelwise.catalog.Movie;
import com.reelwise.ranker.GradientBoostedRanker;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.CollaborativeEvidence;
import com.reelwise.recommend.ContentRecommender;
import com.reelwise.recommend.Explanation;
import com.reelwise.recommend.ItemSimilarity;
import com.reelwise.recommend.Method;
import com.reelwise.recommend.Profile;
import com.reelwise.recommend.Recommendation;
import com.reelwise.recommend.RecommendationRequest;
import com.reelwise.recommend.Recommender;
import com.reelwise.recommend.ScoreParts;
import com.reelwise.recommend.ScoreTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The default method: every source proposes candidates (NeuMF, the sequential model, content, mood,
 * popularity), a gradient-boosted ranker trained on people's held-out films scores them from the sources'
 * evidence, and films outside the pool rank below it by the taste model's standardised score (see firstStage).
 *
 * <p>The person's controls move the learned list visibly: the balance α lifts each film by how far its
 * collaborative (α above {@value RecommendationRequest#BALANCED}) or content (below) evidence is above the
 * pool's mean ({@value RecommendationRequest#BALANCED} is the ranker alone), and discovery lowers well-known films. The explanation's score split is the ranker's
 * exact attribution (TreeSHAP) grouped by kind of evidence, and "because you liked X" names the liked film
 * whose removal lowers this film's score the most, found by scoring again without each.
 */
public final class LearnedHybridRecommender implements Recommender {

    /** Where films outside the pool start: below any score the ranker gives. */
    static final float OUTSIDE_POOL = -1000f;
    /** Score shift per standard deviation of the favoured evidence above the pool's mean, at the ends of the balance. */
    static final double BALANCE_WEIGHT = 1.0;
    /** Score shift per standard deviation of log popularity at full discovery. */
    static final double DISCOVERY_WEIGHT = 1.5;
    /**
     * Score lift, in the pool's spreads of learned scores, per standard deviation of a film's similarity to the mood
     * sentence above the pool's mean. Stated, not learned: nobody here wrote a mood, so the ranker's mood feature is
     * always missing in training and it gives it no weight; without this the sentence changed nothing. 0.75 chosen by
     * looking at lists (there is no mood data to measure on): at 0.5 a heist mood brought
     * Lock, Stock and Reservoir Dogs to a Godfather list and a ghost-story mood only Sleepy Hollow to a Ghibli one; at
     * 0.75 also The Sicilian Clan, Beetlejuice and Coraline; at 1.0 title words won ("Light from the Darkroom" for
     * "something light and funny").
     */
    static final double MOOD_WEIGHT = 0.75;
    /**
     * Picks tested by leaving each out: all of a profile up to this size; of a longer one (a MovieLens user's 300
     * liked films), each shown film's {@value #NEAREST_PICKS} nearest picks by content, so its reason still names a
     * pick whose removal lowers its score rather than falling back to "close to your taste overall".
     */
    static final int EXPLAIN_LIMIT = 30;
    static final int NEAREST_PICKS = 3;

    private final HybridSources sources;
    private final FeatureRows features;
    private final PickPriors priors;
    private final GradientBoostedRanker ranker;
    private final CandidateRanker catalog;
    private final ContentRecommender content;
    private final CollaborativeEvidence evidence;
    private final Signals.Stats popularityStats;

    /**
     * @param models   the collaborative sources (suppliers of null while they load)
     * @param evidence who liked what here, for the explanation's evidence line (null without ratings)
     */
    public LearnedHybridRecommender(CandidateRanker catalog, ContentRecommender content, SourceModels models,
                                    GradientBoostedRanker ranker, CollaborativeEvidence evidence) {
        this.catalog = catalog;
        this.content = content;
        this.sources = new HybridSources(catalog, content, models);
        this.features = new FeatureRows(sources);
        this.priors = new PickPriors(sources);
        this.ranker = ranker;
        this.evidence = evidence;
        float[] popularity = sources.signals(Profile.liking(List.of()), null).popularity();
        this.popularityStats = Signals.Stats.over(popularity, sources.reference());
    }

    /** The feature names the ranker must have been trained on. */
    public static List<String> featureNames() {
        return HybridFeature.ids();
    }

    @Override
    public Method method() {
        return Method.HYBRID;
    }

    @Override
    public List<Recommendation> recommend(RecommendationRequest request) {
        // a short list's explanations test every pick: NeuMF folds the person and each leave-one-out list in one batch
        List<Integer> liked = request.profile().liked();
        HybridSources.FoldIns folds = liked.size() >= 2 && liked.size() <= EXPLAIN_LIMIT
                ? sources.foldIn(request.profile(), without(request.profile(), IntStream.range(0, liked.size()).toArray())) : null;
        Scored scored = scored(request, null, folds);
        List<Integer> top = catalog.top(scored.table().scores(), request, content.similarity());
        int[] shown = top.stream().mapToInt(Integer::intValue).toArray();
        float[][] drops = leaveOneOut(request, scored, shown, folds);
        float[][] contributions = ranker.contributions(features.of(scored.signals(), shown), shown.length);
        List<Recommendation> out = new ArrayList<>();
        for (int r = 0; r < shown.length; r++) {
            out.add(describe(request, scored, shown[r], contributions[r], column(drops, r)));
        }
        return out;
    }

    @Override
    public ScoreTable score(RecommendationRequest request) {
        return scored(request, null).table();
    }

    @Override
    public Recommendation describe(RecommendationRequest request, ScoreTable table, int position) {
        Scored scored = scored(request, null);
        int[] one = {position};
        float[] row = features.of(scored.signals(), one);
        return describe(request, scored, position, ranker.contributions(row, 1)[0], column(leaveOneOut(request, scored, one, null), 0));
    }

    /**
     * One request's signals, pool and scores; {@code centre} is the balance's reference point, {@code spread} the pool's
     * standard deviation of learned scores, which sizes the pick priors and the mood's lift, and {@code mood} the pool's
     * mean and spread of similarity to the mood sentence (null without one); all kept for the leave-one-out lists.
     */
    private record Scored(Signals signals, int[] pool, float[] learned, ScoreTable table, double centre, double spread, Signals.Stats mood) {
    }

    private Scored scored(RecommendationRequest request, float[] mood) {
        return scored(request, mood, null);
    }

    private Scored scored(RecommendationRequest request, float[] mood, HybridSources.FoldIns folds) {
        Signals s = sources.signals(request.profile(), mood, request.candidates(), folds);
        int[] pool = CandidatePool.of(s, request.filters(), sources);
        sources.completeContent(s, pool);
        float[] rows = features.of(s, pool);
        float[] learned = ranker.score(rows, pool.length);
        double centre = centre(request, s, pool);
        double spread = spread(learned);
        Signals.Stats moodStats = s.mood() == null ? null : Signals.Stats.over(s.mood(), pool);
        float[] scores = new float[catalog.size()];
        for (int p = 0; p < scores.length; p++) {
            double first = firstStage(s, p);
            // any bounded increasing squash keeps the order; x / (1 + |x|) costs a fraction of Math.tanh over 19,000 films
            scores[p] = Double.isNaN(first) ? Float.NaN : (float) (OUTSIDE_POOL + first / (1 + Math.abs(first)));
        }
        int[] rowOf = new int[catalog.size()];
        Arrays.fill(rowOf, -1);
        for (int r = 0; r < pool.length; r++) {
            scores[pool[r]] = learned[r] + (float) (shift(request, s, pool[r], centre) + priors.lift(s, pool[r], spread)
                    + moodLift(s, pool[r], moodStats, spread));
            rowOf[pool[r]] = r;
        }
        String note = s.notes().isEmpty() ? null : String.join("; ", s.notes());
        ScoreTable table = new ScoreTable(scores, p -> parts(request, s, p, rowOf[p] >= 0 ? learned[rowOf[p]] : Float.NaN, centre,
                priors.lift(s, p, spread), moodLift(s, p, moodStats, spread)), note);
        return new Scored(s, pool, learned, table, centre, spread, moodStats);
    }

    /** The mood's lift for a pooled film (0 without a mood); {@code mood} is the pool's mean and spread of mood similarity. */
    private static double moodLift(Signals s, int p, Signals.Stats mood, double spread) {
        if (mood == null || s.mood() == null || Float.isNaN(s.mood()[p])) {
            return 0;
        }
        return MOOD_WEIGHT * spread * mood.z(s.mood()[p]);
    }

    /**
     * How films outside the pool are ordered: by the taste autoencoder's standardised score, the strongest
     * single source under both protocols (leave-one-out HR@10 0.767 on ml-latest-small, where the mean of every
     * source's z-score gave the hybrid 0.720 and taste alone in this place 0.759: content's opinion of an
     * unpooled film is noise there); without it the collaborative sources' mean, then content, then popularity.
     */
    private double firstStage(Signals s, int p) {
        if (s.taste() != null) {
            float z = s.tasteStats().z(s.taste()[p]);
            if (!Float.isNaN(z)) {
                return z;
            }
        }
        double sum = 0;
        int n = 0;
        for (float z : new float[] {s.ncf() == null ? Float.NaN : s.ncfStats().z(s.ncf()[p]),
                s.next() == null ? Float.NaN : s.nextStats().z(s.next()[p])}) {
            if (!Float.isNaN(z)) {
                sum += z;
                n++;
            }
        }
        if (n > 0) {
            return sum / n;
        }
        if (s.content() != null && !Float.isNaN(s.content()[p])) {
            return s.contentStats().z(s.content()[p]);
        }
        return popularityStats.z(s.popularity()[p]) - 3;
    }

    /**
     * The pool's mean of the evidence the balance favours (0 at the balanced setting), over the pooled films
     * that have it. The balance lifts a film by how far its favoured kind of evidence is above this mean, so
     * films are never pushed down for being strong on the other side and a film without the favoured evidence
     * (nobody here rated it, or it has no text) stays where the ranker put it. Measured on ml-latest-small
     * full ranking, with films first rated in the test period in the catalog: the earlier "collaborative minus
     * content" shift sank every collaborative favourite at the content end, and unrated films took the lists
     * (NDCG@10 0.108 at 0.475, 0.010 at 0.45).
     */
    private static double centre(RecommendationRequest request, Signals s, int[] pool) {
        double lean = lean(request);
        if (lean == 0) {
            return 0;
        }
        double sum = 0;
        int n = 0;
        for (int p : pool) {
            double z = favouredZ(lean, s, p);
            if (!Double.isNaN(z)) {
                sum += z;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Above 0 the slider leans to collaborative evidence, below to content; ±1 at its ends. */
    private static double lean(RecommendationRequest request) {
        return 2 * (request.alpha() - RecommendationRequest.BALANCED);
    }

    private static double favouredZ(double lean, Signals s, int p) {
        return lean > 0 ? collaborativeZ(s, p) : contentZ(s, p);
    }

    /** Standard deviation of the learned scores (1 for fewer than two). */
    private static double spread(float[] learned) {
        if (learned.length < 2) {
            return 1;
        }
        double mean = 0;
        for (float x : learned) {
            mean += x;
        }
        mean /= learned.length;
        double sq = 0;
        for (float x : learned) {
            sq += (x - mean) * (x - mean);
        }
        return Math.max(1e-6, Math.sqrt(sq / (learned.length - 1)));
    }

    /** What the person's balance and discovery controls add to a pooled film's learned score. */
    private double shift(RecommendationRequest request, Signals s, int p, double centre) {
        double lean = lean(request);
        double shift = 0;
        double favoured = lean == 0 ? Double.NaN : favouredZ(lean, s, p) - centre;
        if (!Double.isNaN(favoured)) {
            shift += BALANCE_WEIGHT * Math.abs(lean) * favoured;
        }
        if (request.discovery() > 0) {
            shift -= DISCOVERY_WEIGHT * request.discovery() * popularityStats.z(s.popularity()[p]);
        }
        return shift;
    }

    private static double collaborativeZ(Signals s, int p) {
        double sum = 0;
        int n = 0;
        if (s.ncf() != null && !Float.isNaN(s.ncf()[p])) {
            sum += s.ncfStats().z(s.ncf()[p]);
            n++;
        }
        if (s.next() != null && !Float.isNaN(s.next()[p])) {
            sum += s.nextStats().z(s.next()[p]);
            n++;
        }
        if (s.taste() != null && !Float.isNaN(s.taste()[p])) {
            sum += s.tasteStats().z(s.taste()[p]);
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double contentZ(Signals s, int p) {
        return s.content() == null || Float.isNaN(s.content()[p]) ? Double.NaN : s.contentStats().z(s.content()[p]);
    }

    /** The split of a film's score: the ranker's contributions by evidence group, or the first stage outside the pool. */
    private ScoreParts parts(RecommendationRequest request, Signals s, int p, float learned, double centre, double priorLift, double moodLift) {
        if (Float.isNaN(learned)) {
            return new ScoreParts(null, null, null, null, null);
        }
        float[] contribution = ranker.contributions(features.of(s, new int[] {p}), 1)[0];
        return parts(contribution, shift(request, s, p, centre), priorLift, moodLift);
    }

    /**
     * The ranker's contributions by group; the controls' shift goes with the bias, the pick priors (maker, theme) with
     * content, the mood's lift with mood.
     */
    private static ScoreParts parts(float[] contribution, double shift, double priorLift, double moodLift) {
        double[] byGroup = new double[EvidenceGroup.values().length];
        for (HybridFeature f : HybridFeature.values()) {
            byGroup[f.group().ordinal()] += contribution[f.ordinal()];
        }
        double bias = contribution[HybridFeature.COUNT];
        return new ScoreParts(byGroup[EvidenceGroup.COLLABORATIVE.ordinal()], byGroup[EvidenceGroup.CONTENT.ordinal()] + priorLift,
                byGroup[EvidenceGroup.POPULARITY.ordinal()], byGroup[EvidenceGroup.MOOD.ordinal()] + moodLift,
                bias + byGroup[EvidenceGroup.PROFILE.ordinal()] + shift);
    }

    /**
     * How much each liked film raises each shown film's score: {@code drops[k][r]} = score of film r minus its
     * score without liked film k (scored again through every source; the balance keeps the full list's centre). A long profile
     * tests only each shown film's nearest picks ({@link #nearestPicks}); the others keep 0.
     */
    private float[][] leaveOneOut(RecommendationRequest request, Scored scored, int[] shown, HybridSources.FoldIns folds) {
        List<Integer> liked = request.profile().liked();
        if (liked.size() < 2 || shown.length == 0) {
            return new float[0][];
        }
        // an untested pick keeps a drop of 0, so it is never named
        float[][] drops = new float[liked.size()][shown.length];
        int[] tested = liked.size() <= EXPLAIN_LIMIT ? IntStream.range(0, liked.size()).toArray() : nearestPicks(liked, shown);
        List<Signals> each = sources.signalsOfEach(without(request.profile(), tested), scored.signals().mood(), shown, folds);
        // Every variant's rows in one matrix: one call into the ranker instead of one per liked film.
        int width = HybridFeature.COUNT;
        float[] rows = new float[tested.length * shown.length * width];
        for (int v = 0; v < tested.length; v++) {
            System.arraycopy(features.of(each.get(v), shown), 0, rows, v * shown.length * width, shown.length * width);
        }
        float[] learned = ranker.score(rows, tested.length * shown.length);
        for (int v = 0; v < tested.length; v++) {
            int k = tested[v];
            Signals without = each.get(v);
            for (int r = 0; r < shown.length; r++) {
                float full = scored.table().scores()[shown[r]];
                drops[k][r] = full - (learned[v * shown.length + r]
                        + (float) (shift(request, without, shown[r], scored.centre()) + priors.lift(without, shown[r], scored.spread())
                        + moodLift(without, shown[r], scored.mood(), scored.spread())));
            }
        }
        return drops;
    }

    /** The profile without each of the given liked films in turn. */
    private static List<Profile> without(Profile p, int[] picks) {
        List<Profile> variants = new ArrayList<>(picks.length);
        for (int k : picks) {
            List<Integer> rest = new ArrayList<>(p.liked());
            rest.remove(k);
            variants.add(new Profile(rest, p.disliked(), p.seen(), p.mood()));
        }
        return variants;
    }

    /**
     * For a long profile: each shown film's {@value #NEAREST_PICKS} nearest picks by content (indices into
     * {@code liked}), taken round by round over the shown films until {@value #EXPLAIN_LIMIT}.
     */
    private int[] nearestPicks(List<Integer> liked, int[] shown) {
        ItemSimilarity similarity = content.similarity();
        List<Movie> picks = liked.stream().map(id -> catalog.movieAt(catalog.position(id))).toList();
        int[][] nearest = new int[shown.length][];
        for (int r = 0; r < shown.length; r++) {
            Movie film = catalog.movieAt(shown[r]);
            double[] sims = new double[picks.size()];
            for (int k = 0; k < sims.length; k++) {
                sims[k] = similarity.between(picks.get(k), film);
            }
            nearest[r] = IntStream.range(0, sims.length).boxed()
                    .sorted((a, b) -> sims[a] != sims[b] ? Double.compare(sims[b], sims[a]) : Integer.compare(a, b))
                    .limit(NEAREST_PICKS).mapToInt(Integer::intValue).toArray();
        }
        Set<Integer> tested = new LinkedHashSet<>();
        for (int round = 0; round < NEAREST_PICKS && tested.size() < EXPLAIN_LIMIT; round++) {
            for (int r = 0; r < shown.length && tested.size() < EXPLAIN_LIMIT; r++) {
                if (round < nearest[r].length) {
                    tested.add(nearest[r][round]);
                }
            }
        }
        return tested.stream().mapToInt(Integer::intValue).toArray();
    }

    private static float[] column(float[][] drops, int r) {
        float[] out = new float[drops.length];
        for (int k = 0; k < drops.length; k++) {
            out[k] = drops[k][r];
        }
        return out;
    }

    private Recommendation describe(RecommendationRequest request, Scored scored, int position, float[] contribution, float[] drops) {
        Movie movie = catalog.movieAt(position);
        float score = scored.table().scores()[position];
        boolean pooled = score > OUTSIDE_POOL / 2;
        ScoreParts parts = pooled ? parts(contribution, shift(request, scored.signals(), position, scored.centre()),
                priors.lift(scored.signals(), position, scored.spread()), moodLift(scored.signals(), position, scored.mood(), scored.spread()))
                : new ScoreParts(null, null, null, null, null);
        List<Integer> liked = request.profile().liked();
        Integer[] order = new Integer[drops.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        // ties go to the lower movie id, as in the movie page's explainer
        Arrays.sort(order, (a, b) -> drops[a] != drops[b] ? Float.compare(drops[b], drops[a]) : Integer.compare(liked.get(a), liked.get(b)));
        List<Integer> because = new ArrayList<>();
        for (int k : order) {
            if (drops[k] > 0 && because.size() < 3) {
                because.add(liked.get(k));
            }
        }
        List<String> details = new ArrayList<>();
        long[] pct = parts.percentages();
        if (pooled) {
            details.add("Score split: %d%% collaborative, %d%% content, %d%% popularity%s".formatted(pct[0], pct[1], pct[2],
                    request.profile().mood() == null ? "" : ", %d%% mood".formatted(pct[3])));
        } else {
            details.add("Outside the films the ranker looked at: placed by the sources' average opinion");
        }
        if (!movie.isRated()) {
            details.add(movie.tmdbVotes() > 0 ? "Nobody here has rated it yet; %d votes on TMDB".formatted(movie.tmdbVotes())
                    : "Nobody here has rated it yet");
        }
        String text;
        if (because.isEmpty()) {
            text = request.profile().mood() != null && pct[3] >= Math.max(pct[0], pct[1]) ? "Matches the mood you described"
                    : pct[2] >= Math.max(pct[0], pct[1]) ? "Well liked by people here, and close to your taste" : "Close to your taste overall";
        } else {
            int top = because.get(0);
            text = "Because you liked " + title(top) + reason(top, movie);
        }
        if (scored.signals().notes() != null) {
            details.addAll(scored.signals().notes());
        }
        return Recommendation.withParts(movie, score, parts, new Explanation(text, because, details));
    }

    /** The most concrete true relation between a liked film and the recommended one. */
    private String reason(int likedId, Movie movie) {
        Movie liked = catalog.movieAt(catalog.position(likedId));
        if (movie.director() != null && movie.director().equals(liked.director())) {
            return ": also directed by " + movie.director();
        }
        if (evidence != null) {
            int likers = evidence.likers(likedId);
            int both = evidence.likedBoth(likedId, movie.movieId());
            if (likers >= 10 && both * 5 >= likers) {
                return ": %d%% of the %d people here who liked it also liked this".formatted(Math.round(100.0 * both / likers), likers);
            }
        }
        Set<String> keywords = new HashSet<>(liked.keywords());
        List<String> shared = movie.keywords().stream().filter(keywords::contains).limit(2).toList();
        if (!shared.isEmpty()) {
            return ": " + String.join(", ", shared);
        }
        return "";
    }

    private String title(int movieId) {
        return catalog.movieAt(catalog.position(movieId)).title();
    }
}
