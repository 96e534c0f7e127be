package com.reelwise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SphericalKMeansTest {

    @Test
    void recoversPlantedClusters() {
        Planted planted = Planted.of(6, 50, 32, 0.08, 1);

        SphericalKMeans.Result fit = SphericalKMeans.fit(planted.rows, 6, 42, 100);

        // Same partition up to renaming: each planted cluster maps to exactly one found cluster and back.
        Map<Integer, Integer> truthToFound = new HashMap<>();
        Map<Integer, Integer> foundToTruth = new HashMap<>();
        for (int i = 0; i < planted.rows.length; i++) {
            int found = fit.assignments()[i];
            int truth = planted.truth[i];
            assertThat(truthToFound.computeIfAbsent(truth, t -> found)).isEqualTo(found);
            assertThat(foundToTruth.computeIfAbsent(found, f -> truth)).isEqualTo(truth);
        }
        assertThat(truthToFound).hasSize(6);
        assertThat(fit.meanCosine()).isGreaterThan(0.5);
    }

    @Test
    void sameSeedSameAssignment() {
        Planted planted = Planted.of(5, 40, 16, 0.3, 2);

        SphericalKMeans.Result first = SphericalKMeans.fit(planted.rows, 5, 7, 100);
        SphericalKMeans.Result second = SphericalKMeans.fit(planted.rows, 5, 7, 100);

        assertThat(second.assignments()).isEqualTo(first.assignments());
        assertThat(second.centroids()).isDeepEqualTo(first.centroids());
    }

    @Test
    void centroidsAreUnitLength() {
        Planted planted = Planted.of(4, 30, 8, 0.5, 3);

        SphericalKMeans.Result fit = SphericalKMeans.fit(planted.rows, 4, 1, 100);

        for (float[] centroid : fit.centroids()) {
            assertThat(com.reelwise.text.UnitVectors.dot(centroid, centroid)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        }
    }

    @Test
    void silhouettePicksThePlantedK() {
        Planted planted = Planted.of(12, 40, 32, 0.12, 4);

        KSelection selection = KSelector.select(planted.rows, List.of(8, 10, 12, 14, 16), 400, 5, 100, false);

        assertThat(selection.chosenK()).isEqualTo(12);
        assertThat(selection.curve()).extracting(KSelection.Point::k).containsExactly(8, 10, 12, 14, 16);
    }
}
