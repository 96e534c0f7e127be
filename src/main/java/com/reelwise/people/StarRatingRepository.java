package com.reelwise.people;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StarRatingRepository extends JpaRepository<StarRatingRow, MovieOfProfile> {

    List<StarRatingRow> findByProfileIdOrderByUpdatedAscMovieIdAsc(UUID profileId);
}
