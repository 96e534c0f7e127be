package com.reelwise.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.reelwise.catalog.Catalog;
import com.reelwise.text.CatalogEmbeddings;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The cached similarity rows give the content scores the matrix scan gives, and the cache fills as people pick movies. */
class SimilarityRowsTest {

    private final Catalog catalog = ContentRecommenderTest.catalog();
    private final CandidateRanker ranker = new CandidateRanker(catalog);
    private final EmbeddingMatrix matrix = new EmbeddingMatrix(ContentRecommenderTest.embeddings(), ranker);

    @Test
    void oneScanForManyQueriesEqualsEachMoviesOwnSimilarities() {
        int[] positions = {0, 4, 15};
        float[][] rows = matrix.similarityRows(positions);

        for (int i = 0; i < positions.length; i++) {
            for (int p = 0; p < matrix.size(); p++) {
                // Bit for bit: the same terms summed in the same order.
                assertThat(rows[i][p]).isEqualTo(matrix.similarity(positions[i], p));
            }
        }
    }

    @Test
    void moviesWithoutEmbeddingScoreNaNInEveryRow() {
        List<Integer> ids = IntStream.rangeClosed(1, 19).boxed().toList();
        CatalogEmbeddings all = ContentRecommenderTest.embeddings();
        CatalogEmbeddings missingLast = new CatalogEmbeddings(ids.stream().mapToInt(Integer::intValue).toArray(),
                ids.stream().map(all::of).toArray(float[][]::new));
        EmbeddingMatrix partial = new EmbeddingMatrix(missingLast, ranker);

        float[][] rows = partial.similarityRows(new int[] {0, 19});

        assertThat(rows[0][19]).isNaN();
        assertThat(rows[0][1]).isFinite();
        assertThat(rows[1]).containsOnly(Float.NaN);
    }

    @Test
    void cachedRowsScoreAsTheScanDoes() {
        Profile profile = new Profile(List.of(1, 2, 12), List.of(5), List.of(), null);
        ContentRecommender cached = new ContentRecommender(matrix, ranker, ContentRecommenderTest::romanceMood,
                new SimilarityRows(matrix, 1 << 20));
        ContentRecommender scanning = new ContentRecommender(matrix, ranker, ContentRecommenderTest::romanceMood,
                new SimilarityRows(matrix, 0));
        cached.similarityRows().warm(List.of(0, 1, 11, 4));

        float[] fromRows = cached.scores(profile);
        float[] fromScan = scanning.scores(profile);

        assertThat(cached.similarityRows().stats().hitCount()).isEqualTo(4);
        for (int p = 0; p < fromRows.length; p++) {
            assertThat(fromRows[p]).isCloseTo(fromScan[p], within(1e-6f));
        }
    }

    @Test
    void aMissIsScoredByTheScanAndItsRowsAreCachedForTheNextPerson() {
        // The loading executor runs each load at once, so "in the background" is over when ifCached returns.
        SimilarityRows rows = new SimilarityRows(matrix, 1 << 20, Runnable::run);

        assertThat(rows.ifCached(List.of(2, 3, 6))).isNull();
        List<float[]> found = rows.ifCached(List.of(2, 3, 6));

        assertThat(found).hasSize(3);
        assertThat(found.get(1)[7]).isEqualTo(matrix.similarity(3, 7));
    }

    @Test
    void aZeroBudgetNeverCaches() {
        SimilarityRows off = new SimilarityRows(matrix, 0);
        off.warm(List.of(0, 1, 2));

        assertThat(off.ifCached(List.of(0, 1, 2))).isNull();
        assertThat(off.ifCached(List.of(0, 1, 2))).isNull();
    }
}
