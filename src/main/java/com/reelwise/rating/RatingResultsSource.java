package com.reelwise.rating;

import java.nio.file.Path;

/** Where the rating results live; read afresh on each call, so a new run shows without a restart. */
public record RatingResultsSource(Path dir) {

    public RatingResults newest() {
        return RatingResults.newest(dir);
    }
}
