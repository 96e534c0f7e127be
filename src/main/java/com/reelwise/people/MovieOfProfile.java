package com.reelwise.people;

import java.io.Serializable;
import java.util.UUID;

/** The composite key of feedback and my_films rows: one row per person and movie. */
record MovieOfProfile(UUID profileId, int movieId) implements Serializable {

    // JPA's IdClass needs a no-argument constructor and field names matching the entity's ids.
    MovieOfProfile() {
        this(null, 0);
    }
}
