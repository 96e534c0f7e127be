package com.reelwise.hybrid;

import com.reelwise.catalog.Movie;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.CandidateSearch;
import com.reelwise.recommend.ContentRecommender;
import com.reelwise.recommend.HistorySource;
import com.reelwise.recommend.NcfRecommender;
import com.reelwise.recommend.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks every served source about one person: NeuMF (fold-in), the sequential model, the content model and
 * the mood sentence, plus the catalog's popularity. The same sources serve their own methods, so what the
 * hybrid reads is what those methods show.
 */
final class HybridSources {

    /** Films in the fixed reference sample that standardises each source's scores per person. */
    static final int REFERENCE_FILMS = 512;
    /** First-billed actors that count as a film's leads. */
    static final int LEAD_CAST = 3;

    private final CandidateRanker catalog;
    private final ContentRecommender content;
    private final SourceModels models;
    private final float[] popularity;
    private final int[] reference;
    private final int[][] genresByPosition;
    private final int genreCount;
    private final String[] genreNames;
    /** Per genre index, the share of catalog films with that genre. */
    private final double[] genreFrequency;
    private final int[] yearByPosition;
    private final int[] directorByPosition;
    private final int[][] castByPosition;
    /** Per person index, the positions of the films they direct or lead (ascending). */
    private final int[][] filmsByPerson;
    /** Every position, and the unrated ones alone, most popular first under the tie rule: the pool's popular picks. */
    private final int[] byPopularity;
    private final int[] unratedByPopularity;

    HybridSources(CandidateRanker catalog, ContentRecommender content, SourceModels models) {
        this.catalog = catalog;
        this.content = content;
        this.models = models;
        int n = catalog.size();
        this.popularity = new float[n];
        this.genresByPosition = new int[n][];
        this.yearByPosition = new int[n];
        this.directorByPosition = new int[n];
        this.castByPosition = new int[n][];
        Map<String, Integer> genreIndex = new HashMap<>();
        Map<String, Integer> personIndex = new HashMap<>();
        for (int p = 0; p < n; p++) {
            Movie m = catalog.movieAt(p);
            popularity[p] = (float) Math.log1p(m.ratingCount() > 0 ? m.ratingCount() : votesAsRatings(m.tmdbVotes()));
            genresByPosition[p] = m.genres().stream().filter(g -> !g.startsWith("(")).mapToInt(g -> genreIndex.computeIfAbsent(g, k -> genreIndex.size())).toArray();
            yearByPosition[p] = m.year() == null ? Integer.MIN_VALUE : m.year();
            directorByPosition[p] = m.director() == null ? -1 : personIndex.computeIfAbsent(m.director(), k -> personIndex.size());
            castByPosition[p] = m.cast().stream().limit(LEAD_CAST).mapToInt(c -> personIndex.computeIfAbsent(c, k -> personIndex.size())).toArray();
        }
        this.genreCount = genreIndex.size();
        this.genreNames = new String[genreCount];
        genreIndex.forEach((name, g) -> genreNames[g] = name);
        this.genreFrequency = new double[genreCount];
        for (int[] genres : genresByPosition) {
            for (int g : genres) {
                genreFrequency[g] += 1.0 / n;
            }
        }
        this.filmsByPerson = filmsByPerson(personIndex.size());
        // popularity is the same for every person: its orders are taken once, by the harness's tie rule
        this.byPopularity = com.reelwise.eval.Metrics.topK(popularity, n, p -> false);
        this.unratedByPopularity = com.reelwise.eval.Metrics.topK(popularity, n, p -> catalog.ratingCount(p) > 0);
        int step = Math.max(1, n / REFERENCE_FILMS);
        this.reference = java.util.stream.IntStream.iterate(0, p -> p < n, p -> p + step).toArray();
    }

    /**
     * An unrated film's TMDB votes on the scale of ratings here: TMDB voters far outnumber MovieLens
     * raters, so a film needs about fifty votes there for one rating's worth of evidence here.
     */
    private static double votesAsRatings(int votes) {
        return votes / 50.0;
    }

    /** Positions most popular first (all, or only films nobody here has rated); shared, not to be changed. */
    int[] popularityOrder(boolean unratedOnly) {
        return unratedOnly ? unratedByPopularity : byPopularity;
    }

    CandidateRanker catalog() {
        return catalog;
    }

    ContentRecommender content() {
        return content;
    }

    int genreOf(int position, int k) {
        return genresByPosition[position][k];
    }

    int[] genres(int position) {
        return genresByPosition[position];
    }

    int genreCount() {
        return genreCount;
    }

    String genreName(int genre) {
        return genreNames[genre];
    }

    /** Share of the catalog's films with this genre. */
    double genreFrequency(int genre) {
        return genreFrequency[genre];
    }

    /** The film's director as an index shared by every film, -1 when unknown. */
    int director(int position) {
        return directorByPosition[position];
    }

    /** The film's {@value #LEAD_CAST} first-billed actors as indexes shared by every film (same index space as directors). */
    int[] leadCast(int position) {
        return castByPosition[position];
    }

    /** Positions of the films this person (director or lead actor index) is credited on, ascending. */
    java.util.stream.IntStream filmsCrediting(int person) {
        return Arrays.stream(filmsByPerson[person]);
    }

    private int[][] filmsByPerson(int people) {
        int[] counts = new int[people];
        for (int p = 0; p < directorByPosition.length; p++) {
            for (int person : credited(p)) {
                counts[person]++;
            }
        }
        int[][] films = new int[people][];
        for (int person = 0; person < people; person++) {
            films[person] = new int[counts[person]];
        }
        int[] filled = new int[people];
        for (int p = 0; p < directorByPosition.length; p++) {
            for (int person : credited(p)) {
                films[person][filled[person]++] = p;
            }
        }
        return films;
    }

    /** The distinct people credited on a film: its director and lead actors. */
    private int[] credited(int position) {
        int d = directorByPosition[position];
        java.util.stream.IntStream cast = Arrays.stream(castByPosition[position]);
        return (d < 0 ? cast : java.util.stream.IntStream.concat(java.util.stream.IntStream.of(d), cast)).distinct().toArray();
    }

    int year(int position) {
        return yearByPosition[position];
    }

    /** Every source's opinion of {@code profile}; {@code moodScores} reuses an earlier encoding of the same mood (or null). */
    Signals signals(Profile profile, float[] moodScores) {
        return signals(profile, moodScores, CandidateSearch.EXACT);
    }

    /**
     * As {@link #signals(Profile, float[])}, with content and mood candidates from the HNSW index when {@code search}
     * says so for this catalog and the index is built: their scores are then exact at the index's films and the reference
     * films only, until {@link #completeContent} scores the pool's other films.
     */
    Signals signals(Profile profile, float[] moodScores, CandidateSearch search) {
        return signals(profile, moodScores, search, null);
    }

    /** As {@link #signals(Profile, float[], CandidateSearch)}, with NeuMF's fold-in of the profile taken from {@code folds}. */
    Signals signals(Profile profile, float[] moodScores, CandidateSearch search, FoldIns folds) {
        boolean indexed = search.usesIndex(catalog.size()) && content.hasIndex();
        NcfRecommender ncfNow = models.ncf().get();
        float[] ncfGiven = folds == null || folds.model() != ncfNow ? null : folds.person().able() ? ncfNow.logits(folds.person()) : NONE;
        return signals(profile, moodScores, null, ncfGiven, null, null, indexed);
    }

    /**
     * NeuMF's fold-ins of a person and of {@code variants} (their list without each liked film, for explanations) in
     * one batch, each exactly as alone: the person's fold-in alone runs its loops over 20-50 items, short enough that
     * joining the variants' batch saves most of its cost. Null without a NeuMF model.
     */
    FoldIns foldIn(Profile person, List<Profile> variants) {
        NcfRecommender ncfNow = models.ncf().get();
        if (ncfNow == null) {
            return null;
        }
        List<Profile> all = new ArrayList<>(variants.size() + 1);
        all.add(person);
        all.addAll(variants);
        List<NcfRecommender.FoldedIn> folded = ncfNow.foldInEach(all);
        return new FoldIns(ncfNow, folded.get(0), List.copyOf(variants), folded.subList(1, folded.size()));
    }

    /**
     * A person's and their variants' NeuMF fold-ins ({@code folded.get(k)} is {@code variants.get(k)}'s), from the model
     * that made them: a reloaded model makes them stale.
     */
    record FoldIns(NcfRecommender model, NcfRecommender.FoldedIn person, List<Profile> variants, List<NcfRecommender.FoldedIn> folded) {

        /** Whether these are the fold-ins of exactly {@code profiles} by {@code current}. */
        boolean cover(List<Profile> profiles, NcfRecommender current) {
            return model == current && variants.equals(profiles);
        }
    }

    /** Exact content and mood scores for every pooled film the index did not return (no-op when every film was scored). */
    void completeContent(Signals s, int[] pool) {
        if (s.indexed() == null) {
            return;
        }
        if (s.content() != null) {
            content.fillScores(s.content(), s.indexed().text(), pool);
        }
        if (s.mood() != null && s.indexed().mood() != null) {
            content.fillScores(s.mood(), s.indexed().mood(), pool);
        }
    }

    /**
     * As {@link #signals(Profile, float[])}, but NeuMF scores only {@code only} and the reference films (its other
     * entries NaN), for explanations that score a few shown films again without each liked film.
     */
    Signals signals(Profile profile, float[] moodScores, int[] only) {
        return signals(profile, moodScores, only, null, null, null, false);
    }

    /**
     * The signals of several profiles (a person's list without each liked film, in turn), each model run once for
     * all of them; NeuMF folds them in together, and every model scores only {@code only} and the reference films (NaN
     * elsewhere: the leave-one-out lists read nothing else).
     */
    List<Signals> signalsOfEach(List<Profile> profiles, float[] moodScores, int[] only) {
        return signalsOfEach(profiles, moodScores, only, null);
    }

    /** As {@link #signalsOfEach(List, float[], int[])}, with NeuMF's fold-ins of the profiles taken from {@code folds}. */
    List<Signals> signalsOfEach(List<Profile> profiles, float[] moodScores, int[] only, FoldIns folds) {
        NcfRecommender ncfNow = models.ncf().get();
        int[] scored = union(only, reference);
        float[][] ncf = ncfNow == null ? null
                : ncfNow.logitsAtEach(folds != null && folds.cover(profiles, ncfNow) ? folds.folded() : ncfNow.foldInEach(profiles), scored);
        HistorySource nextNow = models.next().get();
        HistorySource tasteNow = models.taste().get();
        float[][] next = nextNow == null ? null : nextNow.logitsOfEach(profiles, scored);
        float[][] taste = tasteNow == null ? null : tasteNow.logitsOfEach(profiles, scored);
        List<Signals> out = new ArrayList<>(profiles.size());
        for (int k = 0; k < profiles.size(); k++) {
            out.add(signals(profiles.get(k), moodScores, only, ncf == null ? null : ncf[k] == null ? NONE : ncf[k],
                    next == null ? NONE : next[k] == null ? NONE : next[k],
                    taste == null ? NONE : taste[k] == null ? NONE : taste[k], false));
        }
        return out;
    }

    /** Marks a source that was asked already and could not speak. */
    private static final float[] NONE = new float[0];
    private static final String TOO_FEW_FOR_NCF = "Too few of your movies have ratings here for NeuMF: its evidence is left out";

    /**
     * @param ncfGiven   NeuMF's scores when already computed (null: ask it; {@link #NONE}: too few of the films are known to it)
     * @param nextGiven  likewise for the sequential model
     * @param tasteGiven likewise for the taste autoencoder
     */
    private Signals signals(Profile profile, float[] moodScores, int[] only, float[] ncfGiven, float[] nextGiven, float[] tasteGiven,
                            boolean indexed) {
        List<String> notes = new ArrayList<>();
        float[] cf = null;
        NcfRecommender ncfNow = models.ncf().get();
        if (ncfNow == null) {
            notes.add("Collaborative model not ready yet: its evidence is left out");
        } else if (ncfGiven != null) {
            cf = ncfGiven == NONE ? null : ncfGiven;
            if (cf == null) {
                notes.add(TOO_FEW_FOR_NCF);
            }
        } else if (!ncfNow.canFoldIn(profile)) {
            notes.add(TOO_FEW_FOR_NCF);
        } else {
            cf = only == null ? ncfNow.logits(profile) : ncfNow.logitsAt(profile, union(only, reference));
        }
        HistorySource nextNow = models.next().get();
        float[] sequence = nextGiven == null ? history(nextNow, profile, notes, "the sequential model") : nextGiven == NONE ? null : nextGiven;
        float[] taste = tasteGiven == null ? history(models.taste().get(), profile, notes, "the taste autoencoder")
                : tasteGiven == NONE ? null : tasteGiven;
        int[] liked = withEmbedding(profile.liked());
        int[] disliked = withEmbedding(profile.disliked());
        float[] text = null;
        Profile textual = new Profile(profile.liked(), profile.disliked(), List.of(), null);
        float[] textQuery = indexed && liked.length > 0 ? content.profileQuery(textual) : null;
        if (liked.length > 0) {
            text = indexed ? content.nearestScores(textQuery, reference) : content.scores(textual);
        }
        float[] moodQuery = indexed && profile.mood() != null && moodScores == null ? content.moodQuery(profile.mood()) : null;
        float[] mood = profile.mood() == null ? null : moodScores != null ? moodScores
                : moodQuery != null ? content.nearestScores(moodQuery, reference) : content.moodScores(profile.mood());
        int[] likedAll = profile.liked().stream().mapToInt(catalog::position).filter(p -> p >= 0).toArray();
        return new Signals(profile, cf, sequence, taste, text, mood, popularity,
                cf == null ? null : Signals.Stats.over(cf, reference),
                sequence == null ? null : Signals.Stats.over(sequence, reference),
                taste == null ? null : Signals.Stats.over(taste, reference),
                text == null ? null : Signals.Stats.over(text, reference),
                liked, likedAll, CreditMatch.of(likedAll, this), disliked,
                genreShare(profile.liked()), medianYear(profile.liked()), cf == null ? null : ncfNow, sequence == null ? null : nextNow, notes,
                indexed ? new Signals.ContentQueries(textQuery, moodQuery) : null);
    }

    private static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().toArray();
    }

    private static float[] history(HistorySource source, Profile profile, List<String> notes, String name) {
        if (source == null) {
            return null;
        }
        if (!source.knowsAny(profile)) {
            notes.add("None of your movies has ratings here for " + name + ": its evidence is left out");
            return null;
        }
        return source.logits(profile);
    }

    private int[] withEmbedding(List<Integer> movieIds) {
        return movieIds.stream().mapToInt(catalog::position).filter(p -> p >= 0 && content.embeddings().has(p)).toArray();
    }

    private double[] genreShare(List<Integer> movieIds) {
        double[] share = new double[genreCount];
        int n = 0;
        for (int id : movieIds) {
            int p = catalog.position(id);
            if (p < 0) {
                continue;
            }
            n++;
            for (int g : genresByPosition[p]) {
                share[g]++;
            }
        }
        for (int g = 0; g < share.length; g++) {
            share[g] = n == 0 ? 0 : share[g] / n;
        }
        return share;
    }

    private double medianYear(List<Integer> movieIds) {
        int[] years = movieIds.stream().mapToInt(catalog::position).filter(p -> p >= 0 && yearByPosition[p] != Integer.MIN_VALUE)
                .map(p -> yearByPosition[p]).sorted().toArray();
        if (years.length == 0) {
            return Double.NaN;
        }
        return years.length % 2 == 1 ? years[years.length / 2] : (years[years.length / 2 - 1] + years[years.length / 2]) / 2.0;
    }

    /** Positions of the reference films (for tests and the benchmark). */
    int[] reference() {
        return Arrays.copyOf(reference, reference.length);
    }
}
