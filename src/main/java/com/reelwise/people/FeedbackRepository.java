package com.reelwise.people;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRepository extends JpaRepository<FeedbackRow, MovieOfProfile> {

    List<FeedbackRow> findByProfileIdOrderByUpdatedAscMovieIdAsc(UUID profileId);
}
