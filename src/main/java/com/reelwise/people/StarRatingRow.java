package com.reelwise.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the star_rating table: one person's stars for one film. */
@Entity
@Table(name = "star_rating")
@IdClass(MovieOfProfile.class)
class StarRatingRow {

    @Id
    @Column(name = "profile_id")
    private UUID profileId;
    @Id
    @Column(name = "movie_id")
    private int movieId;
    @Column(nullable = false)
    private float stars;
    @Column(nullable = false)
    private Instant updated;

    protected StarRatingRow() {
        // for JPA
    }

    StarRatingRow(UUID profileId, int movieId, float stars, Instant updated) {
        this.profileId = profileId;
        this.movieId = movieId;
        this.stars = stars;
        this.updated = updated;
    }

    int movieId() {
        return movieId;
    }

    float stars() {
        return stars;
    }

    void change(float newStars, Instant when) {
        this.stars = newStars;
        this.updated = when;
    }
}
