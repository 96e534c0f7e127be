package com.reelwise.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the feedback table: one verdict per person and movie. */
@Entity
@Table(name = "feedback")
@IdClass(MovieOfProfile.class)
class FeedbackRow {

    @Id
    @Column(name = "profile_id")
    private UUID profileId;
    @Id
    @Column(name = "movie_id")
    private int movieId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Verdict verdict;
    @Column(nullable = false)
    private Instant updated;

    protected FeedbackRow() {
        // for JPA
    }

    FeedbackRow(UUID profileId, int movieId, Verdict verdict, Instant updated) {
        this.profileId = profileId;
        this.movieId = movieId;
        this.verdict = verdict;
        this.updated = updated;
    }

    int movieId() {
        return movieId;
    }

    Verdict verdict() {
        return verdict;
    }

    void change(Verdict newVerdict, Instant when) {
        this.verdict = newVerdict;
        this.updated = when;
    }
}
