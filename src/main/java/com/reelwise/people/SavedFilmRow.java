package com.reelwise.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the my_films table. */
@Entity
@Table(name = "my_films")
@IdClass(MovieOfProfile.class)
class SavedFilmRow {

    @Id
    @Column(name = "profile_id")
    private UUID profileId;
    @Id
    @Column(name = "movie_id")
    private int movieId;
    @Column(nullable = false)
    private Instant added;

    protected SavedFilmRow() {
        // for JPA
    }

    SavedFilmRow(UUID profileId, int movieId, Instant added) {
        this.profileId = profileId;
        this.movieId = movieId;
        this.added = added;
    }

    int movieId() {
        return movieId;
    }
}
