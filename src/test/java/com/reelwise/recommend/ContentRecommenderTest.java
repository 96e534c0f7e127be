package com.reelwise.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.problems.InvalidInputException;
import com.reelwise.text.CatalogEmbeddings;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Content recommendations on synthetic unit vectors with two clear groups: heist films (1-10) and romances (11-20). */
class ContentRecommenderTest {

    static final int DIM = 16;

    static Catalog catalog() {
        List<Movie> movies = new ArrayList<>();
        for (int id = 1; id <= 20; id++) {
            boolean heist = id <= 10;
            movies.add(new Movie(id, null, null, (heist ? "Heist " : "Romance ") + id, List.of(), 2000 + id,
                    List.of(heist ? "Crime" : "Romance"), null, null, List.of(heist ? "bank robbery" : "wedding"), List.of(),
                    heist ? "Michael Mann" : null, List.of(), null, id * 10, 4.0, 0));
        }
        return Catalog.of(movies);
    }

    /** Group direction plus seeded noise, normalised; the mood "romance" points at the romance axis. */
    static CatalogEmbeddings embeddings() {
        Random random = new Random(3);
        int[] ids = new int[20];
        float[][] vectors = new float[20][];
        for (int i = 0; i < 20; i++) {
            ids[i] = i + 1;
            float[] v = new float[DIM];
            v[i < 10 ? 0 : 1] = 1f;
            for (int d = 2; d < DIM; d++) {
                v[d] = (float) (0.25 * random.nextGaussian());
            }
            vectors[i] = normalise(v);
        }
        return new CatalogEmbeddings(ids, vectors);
    }

    static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] out = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            out[d] = (float) (v[d] / Math.sqrt(norm));
        }
        return out;
    }

    static float[] romanceMood(String text) {
        float[] v = new float[DIM];
        v[1] = 1f;
        return v;
    }

    private final Catalog catalog = catalog();
    private final CandidateRanker ranker = new CandidateRanker(catalog);
    private final ContentRecommender content = new ContentRecommender(new EmbeddingMatrix(embeddings(), ranker), ranker,
            ContentRecommenderTest::romanceMood);

    private List<Recommendation> recommend(Profile profile, int count) {
        return content.recommend(RecommendationRequest.of(profile, Method.CONTENT, count));
    }

    @Test
    void theHnswIndexGivesTheExactListAndIsAskedForByName() throws Exception {
        Profile heists = new Profile(List.of(1, 2, 3), List.of(12), List.of(), null);
        RecommendationRequest exact = new RecommendationRequest(heists, Method.CONTENT, Filters.NONE, 5, 0.5, 0, null, 0, CandidateSearch.EXACT);
        RecommendationRequest hnsw = new RecommendationRequest(heists, Method.CONTENT, Filters.NONE, 5, 0.5, 0, null, 0, CandidateSearch.HNSW);
        RecommendationRequest auto = new RecommendationRequest(heists, Method.CONTENT, Filters.NONE, 5, 0.5, 0, null, 0, CandidateSearch.AUTO);

        assertThatThrownBy(() -> content.recommend(hnsw)).isInstanceOf(MethodUnavailableException.class)
                .hasMessageContaining("still being built");
        List<Integer> exactIds = content.recommend(exact).stream().map(r -> r.movie().movieId()).toList();
        assertThat(content.recommend(auto).stream().map(r -> r.movie().movieId()).toList()).isEqualTo(exactIds);
        try (com.reelwise.ann.HnswIndex index = com.reelwise.ann.HnswIndex.build(content.embeddings().vectorsByPosition(), n -> { })) {
            content.useIndex(index);
            // 20 films, fewer than the index's candidate count: the index returns them all, so the lists agree exactly
            List<Recommendation> viaIndex = content.recommend(hnsw);
            assertThat(viaIndex.stream().map(r -> r.movie().movieId()).toList()).isEqualTo(exactIds);
            assertThat(viaIndex.get(0).explanation()).isEqualTo(content.recommend(exact).get(0).explanation());
        }
        assertThat(CandidateSearch.AUTO.usesIndex(CandidateSearch.HNSW_FROM_FILMS - 1)).isFalse();
        assertThat(CandidateSearch.AUTO.usesIndex(CandidateSearch.HNSW_FROM_FILMS)).isTrue();
        assertThatThrownBy(() -> CandidateSearch.parse("fast")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown candidates 'fast'; use one of auto, exact, hnsw.");
    }

    @Test
    void likedHeistsBringMoreHeistsWithTheirReason() {
        List<Recommendation> top = recommend(Profile.liking(List.of(1, 2, 3)), 5);

        assertThat(top).allSatisfy(r -> assertThat(r.movie().movieId()).isBetween(4, 10));
        Explanation why = top.get(0).explanation();
        assertThat(why.text()).startsWith("Because you liked Heist ").contains("also directed by Michael Mann");
        assertThat(why.becauseOf()).isNotEmpty().allSatisfy(id -> assertThat(id).isIn(1, 2, 3));
        assertThat(why.details()).anySatisfy(d -> assertThat(d).startsWith("Text similarity to Heist "));
        assertThat(top.get(0).contentScore()).isEqualTo(top.get(0).score());
    }

    @Test
    void removingTheNamedMovieLowersTheScore() {
        Profile profile = Profile.liking(List.of(1, 2, 3, 12));
        for (Recommendation r : recommend(profile, 8)) {
            int named = r.explanation().becauseOf().get(0);
            List<Integer> without = new ArrayList<>(profile.liked());
            without.remove(Integer.valueOf(named));
            float after = content.scores(Profile.liking(without))[ranker.position(r.movie().movieId())];
            assertThat(after).as("score of %s without %s", r.movie().title(), named).isLessThan((float) r.score());
        }
    }

    @Test
    void dislikesAndMoodMoveTheList() {
        List<Recommendation> mixed = recommend(new Profile(List.of(1, 2, 11), List.of(), List.of(), null), 3);
        List<Recommendation> noHeists = recommend(new Profile(List.of(1, 2, 11), List.of(3, 4, 5), List.of(), null), 3);
        List<Recommendation> romantic = recommend(new Profile(List.of(1, 2, 3), List.of(), List.of(), "something romantic"), 3);

        assertThat(noHeists.stream().filter(r -> r.movie().movieId() > 10).count())
                .isGreaterThan(mixed.stream().filter(r -> r.movie().movieId() > 10).count());
        assertThat(romantic).anySatisfy(r -> assertThat(r.movie().movieId()).isGreaterThan(10));
        assertThat(romantic.stream().filter(r -> r.movie().movieId() > 10).findFirst().orElseThrow().explanation().details())
                .contains("Your mood sentence counts like one more liked movie");
    }

    @Test
    void moviesWithoutDescriptionCannotAnchorAProfile() {
        CandidateRanker r = new CandidateRanker(catalog);
        ContentRecommender none = new ContentRecommender(new EmbeddingMatrix(new CatalogEmbeddings(new int[0], new float[0][]), r), r,
                ContentRecommenderTest::romanceMood);

        assertThatThrownBy(() -> none.scores(Profile.liking(List.of(1, 2, 3)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has a text description yet");
    }

    @Test
    void cachedRowsRoundDifferentlyFromTheScanSoRepeatableWorkNeverReadsThem() {
        Profile five = Profile.liking(List.of(1, 4, 7, 12, 19));
        EmbeddingMatrix matrix = new EmbeddingMatrix(embeddings(), ranker);
        ContentRecommender cached = new ContentRecommender(matrix, ranker, ContentRecommenderTest::romanceMood,
                new SimilarityRows(matrix, 1 << 20, Runnable::run));
        ContentRecommender repeatable = ContentRecommender.repeatable(matrix, ranker, ContentRecommenderTest::romanceMood);
        float[] scan = cached.scores(five);
        float[] fromRows = cached.scores(five);
        float[] before = repeatable.scores(five);
        repeatable.similarityRows().warm(five.liked().stream().map(ranker::position).toList());
        // the two paths agree to float rounding, not bit for bit: which one a request took changed the ranker's training
        assertThat(fromRows).containsExactly(scan, offset(1e-5f));
        assertThat(fromRows).as("this profile's row sums happen to round as the scan does").isNotEqualTo(scan);
        assertThat(before).containsExactly(scan);
        assertThat(repeatable.scores(five)).containsExactly(before);
    }
}
