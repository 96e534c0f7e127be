package com.reelwise.training;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.CatalogLoader;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import com.reelwise.ratings.TinyRelease;
import com.reelwise.recommend.CandidateRanker;
import com.reelwise.recommend.Recommendations;
import com.reelwise.recommend.RequestValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the model managers' tests serve from: a {@link TinyRelease} written to {@code data}, its catalogue, and no methods yet. */
record TinyApp(Ratings ratings, CandidateRanker ranker, Recommendations recommendations) {

    static TinyApp write(Path data, int people, int ratedEach) throws IOException {
        TinyRelease.write(data, people, ratedEach);
        MovieLensDataset dataset = MovieLensDataset.find(data, TinyRelease.NAME).orElseThrow();
        Ratings ratings = RatingsReader.read(dataset);
        Catalog catalog = new CatalogLoader(data, false).load(Optional.of(dataset), ratings);
        return new TinyApp(ratings, new CandidateRanker(catalog), new Recommendations(new RequestValidator(catalog), List.of(), Map.of()));
    }
}
