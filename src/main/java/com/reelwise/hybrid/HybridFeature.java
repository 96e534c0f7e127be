package com.reelwise.hybrid;

import java.util.Arrays;
import java.util.List;

/**
 * The learned hybrid's features per (person, film), in column order. The ranker file records the names it
 * was trained on, so a build that computes other features refuses to load it. {@code monotone} is +1 where
 * more of that evidence may never lower the score, -1 where it may never raise it, 0 where the ranker is free.
 */
public enum HybridFeature {
    NCF_LOGIT("ncf_logit", EvidenceGroup.COLLABORATIVE, 1, "NeuMF's logit after folding the person in"),
    NCF_Z("ncf_z", EvidenceGroup.COLLABORATIVE, 1, "the same, standardised over a fixed sample of films"),
    NEXT_LOGIT("next_logit", EvidenceGroup.COLLABORATIVE, 1, "the sequential model's logit as the next film"),
    NEXT_Z("next_z", EvidenceGroup.COLLABORATIVE, 1, "the same, standardised"),
    TASTE_LOGIT("taste_logit", EvidenceGroup.COLLABORATIVE, 1, "the taste autoencoder's logit, recent films weighted most"),
    TASTE_Z("taste_z", EvidenceGroup.COLLABORATIVE, 1, "the same, standardised"),
    NCF_ITEM_MAX("ncf_item_max", EvidenceGroup.COLLABORATIVE, 1, "cosine to the nearest liked film in NeuMF's film space"),
    NCF_ITEM_RECENT("ncf_item_recent", EvidenceGroup.COLLABORATIVE, 1, "mean cosine to the three latest liked films in NeuMF's film space"),
    NEXT_ITEM_RECENT("next_item_recent", EvidenceGroup.COLLABORATIVE, 1,
            "mean cosine to the three latest liked films in the sequential model's film space"),
    CONTENT_MEAN("content_mean", EvidenceGroup.CONTENT, 1, "cosine to the liked films' mean text embedding, minus half the disliked ones'"),
    CONTENT_MAX("content_max", EvidenceGroup.CONTENT, 1, "cosine to the nearest liked film"),
    CONTENT_RECENT("content_recent", EvidenceGroup.CONTENT, 1, "mean cosine to the three latest liked films"),
    DISLIKED_MAX("disliked_max", EvidenceGroup.CONTENT, -1, "cosine to the nearest disliked film (missing without dislikes)"),
    GENRE_MATCH("genre_match", EvidenceGroup.CONTENT, 1, "share of the liked films that share a genre with it, averaged over its genres"),
    DIRECTOR_MATCH("director_match", EvidenceGroup.CONTENT, 1, "share of the liked films by its director (missing when unknown)"),
    CAST_MATCH("cast_match", EvidenceGroup.CONTENT, 1, "largest share of the liked films that one of its lead actors is in (missing without cast)"),
    YEAR_GAP("year_gap", EvidenceGroup.CONTENT, 0, "its year minus the median year of the liked films"),
    MOOD_SIM("mood_sim", EvidenceGroup.MOOD, 1, "cosine to the mood sentence (missing without one)"),
    LOG_RATINGS("log_ratings", EvidenceGroup.POPULARITY, 0, "log(1 + ratings here)"),
    MEAN_RATING("mean_rating", EvidenceGroup.POPULARITY, 0, "mean rating here (missing when unrated)"),
    /*
     * More TMDB votes never lower a film: left free, the ranker learnt from its chronological training that films with
     * many votes (mostly recent ones) were rarely watched next by people whose ratings ended years before, which is no
     * reason to hide them from a person today. Constrained, cold-start Recall@10 rose by 0.03-0.05 at ranker seeds
     * 42-44 with the warm cells tied (model-training/eval/README.md, 2026-12-07).
     */
    LOG_TMDB_VOTES("log_tmdb_votes", EvidenceGroup.POPULARITY, 1, "log(1 + TMDB votes)"),
    YEAR("year", EvidenceGroup.POPULARITY, 0, "release year"),
    PROFILE_SIZE("profile_size", EvidenceGroup.PROFILE, 0, "log of how many films the person liked");

    static final int COUNT = values().length;

    private final String id;
    private final EvidenceGroup group;
    private final int monotone;
    private final String meaning;

    HybridFeature(String id, EvidenceGroup group, int monotone, String meaning) {
        this.id = id;
        this.group = group;
        this.monotone = monotone;
        this.meaning = meaning;
    }

    public String id() {
        return id;
    }

    public EvidenceGroup group() {
        return group;
    }

    public String meaning() {
        return meaning;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(HybridFeature::id).toList();
    }

    static List<Integer> monotoneFlags() {
        return Arrays.stream(values()).map(f -> f.monotone).toList();
    }
}
