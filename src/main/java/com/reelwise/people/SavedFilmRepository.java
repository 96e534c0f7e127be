package com.reelwise.people;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedFilmRepository extends JpaRepository<SavedFilmRow, MovieOfProfile> {

    List<SavedFilmRow> findByProfileIdOrderByAddedAscMovieIdAsc(UUID profileId);
}
