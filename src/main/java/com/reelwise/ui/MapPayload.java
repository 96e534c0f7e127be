package com.reelwise.ui;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.cluster.MovieMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code <rw-scatter>} draws, in the compact shape it is sent in: parallel arrays (point i is
 * {@code ids[i]} at {@code xy[2i], xy[2i+1]} in cluster {@code cluster[i]}, hover text {@code titles[i]}),
 * cluster labels at their centres, and the ids to highlight.
 */
record MapPayload(int[] ids, float[] xy, int[] cluster, List<String> titles, List<Label> labels, List<Integer> picks,
                  List<Integer> recommended) {

    /** A cluster's label at the mean position of its movies; {@code size} (its movies) decides which label wins a crowded spot. */
    record Label(String text, float x, float y, int size) {
    }

    /** Every map point whose movie is in the catalog. */
    static MapPayload of(MovieMap map, Catalog catalog, List<Integer> picks, List<Integer> recommended) {
        List<MovieMap.Point> points = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (MovieMap.Point p : map.points()) {
            Optional<Movie> movie = catalog.byId(p.movieId());
            if (movie.isPresent()) {
                points.add(p);
                titles.add(movie.get().titleWithYear());
            }
        }
        int[] ids = new int[points.size()];
        float[] xy = new float[2 * points.size()];
        int[] cluster = new int[points.size()];
        for (int i = 0; i < ids.length; i++) {
            MovieMap.Point p = points.get(i);
            ids[i] = p.movieId();
            xy[2 * i] = round(p.x());
            xy[2 * i + 1] = round(p.y());
            cluster[i] = p.cluster();
        }
        List<Label> labels = map.clusters().stream().map(c -> new Label(shortLabel(c.label()), c.x(), c.y(), c.size())).toList();
        return new MapPayload(ids, xy, cluster, titles, labels, List.copyOf(picks), List.copyOf(recommended));
    }

    /** Four decimals are far below a pixel on the map and halve the JSON. */
    private static float round(float value) {
        return Math.round(value * 10_000f) / 10_000f;
    }

    /** The first two terms: a label must not cover its neighbours. */
    static String shortLabel(String label) {
        String[] terms = label.split(" · ");
        return terms.length <= 2 ? label : terms[0] + " · " + terms[1];
    }
}
