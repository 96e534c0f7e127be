package com.reelwise.ann;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HnswIndexTest {

    private static final int FILMS = 3_000;
    private static final int DIM = 32;

    /** Seeded unit vectors in a few clusters, every fifth film without a vector (a film the encoder never saw). */
    private static float[][] vectors() {
        SplittableRandom random = new SplittableRandom(11);
        float[][] centres = new float[8][DIM];
        for (float[] c : centres) {
            for (int d = 0; d < DIM; d++) {
                c[d] = (float) (random.nextDouble() * 2 - 1);
            }
        }
        float[][] out = new float[FILMS][];
        for (int p = 0; p < FILMS; p++) {
            if (p % 5 == 4) {
                continue;
            }
            float[] v = centres[p % centres.length].clone();
            double norm = 0;
            for (int d = 0; d < DIM; d++) {
                v[d] += (float) (0.6 * (random.nextDouble() * 2 - 1));
                norm += v[d] * v[d];
            }
            for (int d = 0; d < DIM; d++) {
                v[d] /= (float) Math.sqrt(norm);
            }
            out[p] = v;
        }
        return out;
    }

    private static int[] exactTop(float[][] vectors, float[] q, int k) {
        return IntStream.range(0, vectors.length).filter(p -> vectors[p] != null).boxed()
                .sorted(Comparator.comparingDouble((Integer p) -> -dot(vectors[p], q))).limit(k).mapToInt(Integer::intValue).toArray();
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            s += a[d] * b[d];
        }
        return s;
    }

    @Test
    void findsNearlyAllOfTheExactTopByInnerProductAndOnlyFilmsWithVectors() throws Exception {
        float[][] vectors = vectors();
        int[] added = new int[1];
        try (HnswIndex index = HnswIndex.build(vectors, n -> added[0] = n)) {
            assertThat(index.size()).isEqualTo(FILMS - FILMS / 5).isEqualTo(added[0]);
            SplittableRandom random = new SplittableRandom(5);
            double recall = 0;
            int queries = 50;
            for (int q = 0; q < queries; q++) {
                // a profile: the mean of three films' vectors (not unit length: inner product, not cosine)
                float[] query = new float[DIM];
                for (int i = 0; i < 3; i++) {
                    int p;
                    do {
                        p = random.nextInt(FILMS);
                    } while (vectors[p] == null);
                    for (int d = 0; d < DIM; d++) {
                        query[d] += vectors[p][d] / 3;
                    }
                }
                int[] found = index.nearest(query, 20, 100);
                assertThat(found).hasSize(20);
                assertThat(Arrays.stream(found).filter(p -> vectors[p] == null).count()).isZero();
                int[] truth = exactTop(vectors, query, 20);
                recall += Arrays.stream(found).filter(p -> Arrays.stream(truth).anyMatch(t -> t == p)).count() / 20.0;
                assertThat(dot(vectors[found[0]], query)).isGreaterThanOrEqualTo(dot(vectors[found[found.length - 1]], query));
            }
            assertThat(recall / queries).isGreaterThan(0.95);
            assertThat(index.ramBytes()).isGreaterThan((long) index.size() * DIM * Float.BYTES);
        }
    }

    @Test
    void aSavedIndexLoadsOnlyForTheVectorsAndFilmsItWasBuiltFrom(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        float[][] vectors = vectors();
        java.util.function.IntUnaryOperator ids = p -> 1000 + p;
        java.nio.file.Path dir = tmp.resolve("hnsw");
        float[] query = vectors[0];
        int[] built;
        try (HnswIndex index = HnswIndex.build(vectors, n -> { })) {
            built = index.nearest(query, 20, 100);
            assertThat(HnswIndex.load(dir, vectors, ids)).isEmpty();
            index.save(dir, vectors, ids);
            index.save(dir, vectors, ids);  // saving again replaces the folder whole
        }
        try (HnswIndex loaded = HnswIndex.load(dir, vectors, ids).orElseThrow()) {
            assertThat(loaded.size()).isEqualTo(FILMS - FILMS / 5);
            assertThat(loaded.nearest(query, 20, 100)).containsExactly(built);
        }
        float[][] changed = vectors.clone();
        changed[7] = vectors[8];
        assertThat(HnswIndex.load(dir, changed, ids)).as("other vectors").isEmpty();
        assertThat(HnswIndex.load(dir, vectors, p -> 2000 + p)).as("another catalog's films").isEmpty();
        try (var files = java.nio.file.Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("hnsw");
        }
    }
}
