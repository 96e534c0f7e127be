package com.reelwise.hybrid;

import com.reelwise.catalog.Movie;
import com.reelwise.recommend.CandidateRanker;

/**
 * Two stated priors the ranker cannot learn here: when several picks share a director (or a lead actor), or a
 * genre that few films have, the films that share it rise. The ranker learns from what people here watched
 * next, which is mostly the popular films of the day whatever the earlier ones had in common: it gives a shared
 * director almost no weight (four Coen films brought back Goodfellas and The Shawshank Redemption; Raising Arizona
 * was 163rd), and four Studio Ghibli films brought Requiem for a Dream and Fight Club into the top 10. Someone who
 * names four films by one director, or four war films, expects more of them.
 *
 * <p>Both lifts are in standard deviations of the pool's learned scores and grow with the square of the share of
 * picks that match, counted over one more film than were named: each matching pick adds to the lift, so
 * "because you liked X" stays true (leaving X out lowers the score), and a long history's share of any one maker
 * or genre is small, so established profiles barely move. Only films known to some are lifted.
 */
final class PickPriors {

    /** Lift for a maker shared by every pick (times the film's genre match with the picks). */
    static final double MAKER_WEIGHT = 5.0;
    /** Liked films that must share a director or lead actor before that is taken as a pattern in the picks. */
    static final int MAKER_MIN_LIKED = 2;
    /** Lift for a genre shared by every pick, times its rarity. */
    static final double THEME_WEIGHT = 2.0;
    /** Liked films that must share a genre before it is taken as a theme. */
    static final int THEME_MIN_LIKED = 2;
    /**
     * A genre on 1 film in this many (or fewer) counts fully; a commoner one by log(1/frequency) / log of this, so
     * Drama (45% of films here) counts 0.27, Thriller 0.55, Fantasy 0.84, War and Musical 1.
     */
    static final double RARE_GENRE = 20;
    /** A screen format, not a taste. */
    static final String NOT_A_THEME = "IMAX";

    private final HybridSources sources;
    private final CandidateRanker catalog;
    /** Per genre index, how much a theme of that genre counts (0 to 1). */
    private final double[] rarity;

    PickPriors(HybridSources sources) {
        this.sources = sources;
        this.catalog = sources.catalog();
        this.rarity = new double[sources.genreCount()];
        for (int g = 0; g < rarity.length; g++) {
            double f = sources.genreFrequency(g);
            rarity[g] = NOT_A_THEME.equals(sources.genreName(g)) || f <= 0 ? 0 : Math.min(1, Math.log(1 / f) / Math.log(RARE_GENRE));
        }
    }

    /** Both lifts for the film at this position, in score units. */
    double lift(Signals s, int p, double spread) {
        Movie movie = catalog.movieAt(p);
        // Only films known to some, so a director's shorts and commercials, or a genre's unknowns, do not fill the list.
        if (!movie.isKnownToSome()) {
            return 0;
        }
        return spread * (maker(s, p) + theme(s, p));
    }

    /** The shared-maker lift in spreads: the larger of director share and half the lead-actor share, squared, times genre match. */
    private double maker(Signals s, int p) {
        CreditMatch credits = s.credits();
        int director = credits.directorCount(sources.director(p));
        int lead = credits.castCount(sources.leadCast(p));
        double share = Math.max(director >= MAKER_MIN_LIKED ? director : 0, lead >= MAKER_MIN_LIKED ? lead / 2.0 : 0) / (credits.liked() + 1.0);
        if (share == 0) {
            return 0;
        }
        float genres = s.genreMatch(sources.genres(p));
        return MAKER_WEIGHT * share * share * (Float.isNaN(genres) ? 0.5 : genres);
    }

    /** The shared-theme lift in spreads: over the film's genres, the largest squared share of picks with it times its rarity. */
    double theme(Signals s, int p) {
        int picks = s.likedAll().length;
        double best = 0;
        for (int g : sources.genres(p)) {
            double count = s.genreShare()[g] * picks;
            if (count < THEME_MIN_LIKED - 1e-9) {
                continue;
            }
            double share = count / (picks + 1.0);
            best = Math.max(best, share * share * rarity[g]);
        }
        return THEME_WEIGHT * best;
    }
}
