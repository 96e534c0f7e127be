package com.reelwise.ncf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.reelwise.ratings.IdIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeuMfRecommenderTest {

    /** Raw ids deliberately unlike the dense indices, so a mix-up shows. */
    private static final int USER_ID_BASE = 1000;
    private static final int MOVIE_ID_STEP = 3;

    @TempDir
    static Path temp;

    private static NeuMfModel model;
    private static Path artifact;

    @BeforeAll
    static void trainOnce() {
        SyntheticData data = SyntheticData.generate(7);
        model = new NeuMfModel(SyntheticData.tinyConfig().withEpochs(25));
        model.fit(data.train, data.validation);
        IdIndex users = IdIndex.of(IntStream.range(0, data.train.numUsers()).map(u -> USER_ID_BASE + u).toArray());
        IdIndex movies = IdIndex.of(IntStream.range(0, SyntheticData.numItems()).map(NeuMfRecommenderTest::movieId).toArray());
        artifact = temp.resolve("artifact");
        NeuMfArtifacts.write(artifact, model, users, movies, Map.of("note", "test"));
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    private static int movieId(int item) {
        return 7 + MOVIE_ID_STEP * item;
    }

    @Test
    void foldingInForAFewFilmsGivesExactlyTheirLogitsFromTheWholeCatalog() {
        try (NeuMfRecommender recommender = NeuMfRecommender.load(artifact)) {
            java.util.List<Integer> liked = java.util.List.of(movieId(1), movieId(2), movieId(3), movieId(30));
            float[] all = recommender.foldInLogits(liked, java.util.List.of(movieId(40)));
            int[] wanted = {movieId(5), movieId(0), movieId(47), 999_999};
            float[] some = recommender.foldInLogitsOf(liked, java.util.List.of(movieId(40)), wanted);
            assertThat(some[0]).isEqualTo(all[5]);
            assertThat(some[1]).isEqualTo(all[0]);
            assertThat(some[2]).isEqualTo(all[47]);
            assertThat(some[3]).isNaN();
        }
    }

    @Test
    void foldingInSeveralPeopleTogetherGivesBitForBitWhatEachGetsAlone() {
        try (NeuMfRecommender recommender = NeuMfRecommender.load(artifact)) {
            List<List<Integer>> liked = List.of(
                    List.of(movieId(1), movieId(2), movieId(3), movieId(30)),
                    List.of(movieId(2), movieId(3), movieId(30)),
                    List.of(movieId(1), movieId(999_999)),
                    List.of(movieId(40), movieId(41), movieId(42), movieId(43), movieId(44), movieId(2)));
            List<List<Integer>> disliked = List.of(List.of(movieId(40)), List.of(), List.of(), List.of(movieId(2), movieId(7)));
            int[] wanted = IntStream.range(0, SyntheticData.numItems()).map(NeuMfRecommenderTest::movieId).toArray();
            float[][] users = recommender.foldedInUsers(liked, disliked);
            assertThat(users[2]).as("too few liked movies the model knows").isNull();
            for (int q : new int[] {0, 1, 3}) {
                assertThat(recommender.logitsOfUserAt(users[q], wanted))
                        .containsExactly(recommender.foldInLogitsOf(liked.get(q), disliked.get(q), wanted));
                // a batch's user vector scores every film as the person's own fold-in does
                assertThat(recommender.logitsOfUser(users[q])).containsExactly(recommender.foldInLogits(liked.get(q), disliked.get(q)));
            }
        }
    }

    @Test
    void savedAndLoadedModelScoresExactlyLikeTheTrainedOne() {
        float[] logits = new float[SyntheticData.numItems()];
        try (NeuMfRecommender recommender = NeuMfRecommender.load(artifact)) {
            assertThat(recommender.movieIds()[5]).isEqualTo(movieId(5));
            for (int user : new int[] {0, 13, 79}) {
                model.scores(user, logits);
                float[] served = recommender.scoresForUser(USER_ID_BASE + user);
                for (int i = 0; i < logits.length; i++) {
                    // Reloaded tensors may take another BLAS path: equal up to float rounding, not bit for bit.
                    assertThat(served[i]).isCloseTo(NeuMfWeights.sigmoid(logits[i]), within(1e-6f));
                }
                assertThat(recommender.probability(USER_ID_BASE + user, movieId(9))).isCloseTo(served[9], within(1e-6f));
                // The plain-Java copy used for fold-in must compute the same network.
                float[] java = recommender.javaScoresForUser(USER_ID_BASE + user);
                for (int i = 0; i < served.length; i++) {
                    assertThat(java[i]).isCloseTo(served[i], within(1e-5f));
                }
            }
            assertThat(recommender.knowsUser(USER_ID_BASE - 1)).isFalse();
            assertThatThrownBy(() -> recommender.scoresForUser(USER_ID_BASE - 1)).hasMessageContaining("foldIn");
        }
    }

    @Test
    void foldInRanksTheLikedMoviesGroupAboveTheRest() {
        int group = 2;
        int base = group * SyntheticData.ITEMS_PER_GROUP;
        List<Integer> liked = List.of(movieId(base), movieId(base + 1), movieId(base + 2));
        try (NeuMfRecommender recommender = NeuMfRecommender.load(artifact)) {
            float[] scores = recommender.foldIn(liked, List.of());
            int slots = SyntheticData.ITEMS_PER_GROUP - liked.size();
            List<MovieProbability> top = recommender.top(scores, slots, Set.copyOf(liked));
            long inGroup = top.stream().filter(r -> SyntheticData.groupOfItem((r.movieId() - 7) / MOVIE_ID_STEP) == group).count();
            // Random ranking would put about a quarter of the slots in the group.
            assertThat(inGroup).isGreaterThanOrEqualTo((long) Math.ceil(slots * 0.6));
            assertThat(recommender.foldIn(liked, List.of())).containsExactly(scores);
        }
    }

    @Test
    void scoringItemsInBlocksGivesBitIdenticalProbabilities() {
        NeuMfWeights weights = new NeuMfWeights(model.block(), SyntheticData.tinyConfig());
        for (int user : new int[] {0, 13, 79}) {
            float[] vector = weights.userVector(user);
            float[] reference = weights.probabilitiesOneByOne(vector);
            // 7 does not divide the item count, so the last block is partial.
            assertThat(weights.probabilities(vector, 7)).containsExactly(reference);
            assertThat(weights.probabilities(vector)).containsExactly(reference);
        }
    }

    @Test
    void foldInLogitsAreWhatTheProbabilitiesComeFrom() {
        int base = 2 * SyntheticData.ITEMS_PER_GROUP;
        List<Integer> liked = List.of(movieId(base), movieId(base + 1), movieId(base + 2));
        try (NeuMfRecommender recommender = NeuMfRecommender.load(artifact)) {
            float[] logits = recommender.foldInLogits(liked, List.of());
            float[] probabilities = recommender.foldIn(liked, List.of());
            for (int i = 0; i < logits.length; i++) {
                assertThat(NeuMfWeights.sigmoid(logits[i])).isEqualTo(probabilities[i]);
            }
            // Logits keep the spread the sigmoid squeezes: a blend z-scores these.
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (float z : logits) {
                min = Math.min(min, z);
                max = Math.max(max, z);
            }
            assertThat(max - min).isGreaterThan(3f);
        }
    }

    @Test
    void dislikesLowerTheDislikedMoviesScore() {
        int base = 1 * SyntheticData.ITEMS_PER_GROUP;
        List<Integer> liked = List.of(movieId(base), movieId(base + 1), movieId(base + 2));
        int disliked = base + 3;
        try (NeuMfRecommender recommender = NeuMfRecommender.load(artifact)) {
            float before = recommender.foldIn(liked, List.of())[disliked];
            float after = recommender.foldIn(liked, List.of(movieId(disliked)))[disliked];
            assertThat(after).isLessThan(before);
        }
    }

    @Test
    void foldInNeedsThreeKnownLikedMovies() {
        try (NeuMfRecommender recommender = NeuMfRecommender.load(artifact)) {
            assertThatThrownBy(() -> recommender.foldIn(List.of(movieId(0), movieId(1), -5), List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3");
        }
    }

    @Test
    void missingOrCorruptFilesAreNamedWithTheFix() throws IOException {
        Path copy = copyArtifact("missing-config");
        Files.delete(copy.resolve(NeuMfArtifacts.CONFIG));
        assertThatThrownBy(() -> NeuMfRecommender.load(copy)).isInstanceOf(NeuMfArtifactException.class)
                .hasMessageContaining("config.json").hasMessageContaining("exec:java@train");

        Path truncated = copyArtifact("truncated-params");
        Path params = truncated.resolve(NeuMfArtifacts.PARAMS);
        byte[] bytes = Files.readAllBytes(params);
        Files.write(params, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> NeuMfRecommender.load(truncated)).isInstanceOf(NeuMfArtifactException.class)
                .hasMessageContaining(NeuMfArtifacts.PARAMS).hasMessageContaining("exec:java@train");

        Path badIds = copyArtifact("bad-movies");
        Files.writeString(badIds.resolve(NeuMfArtifacts.MOVIES), "1\nnot-a-number\n");
        assertThatThrownBy(() -> NeuMfRecommender.load(badIds)).isInstanceOf(NeuMfArtifactException.class)
                .hasMessageContaining("movies.txt");

        Path fewerMovies = copyArtifact("fewer-movies");
        Files.writeString(fewerMovies.resolve(NeuMfArtifacts.MOVIES), "1\n2\n3\n");
        assertThatThrownBy(() -> NeuMfRecommender.load(fewerMovies)).isInstanceOf(NeuMfArtifactException.class)
                .hasMessageContaining(NeuMfArtifacts.PARAMS);

        assertThatThrownBy(() -> NeuMfRecommender.load(temp.resolve("nowhere"))).isInstanceOf(NeuMfArtifactException.class)
                .hasMessageContaining("does not exist");
    }

    private static Path copyArtifact(String name) throws IOException {
        Path copy = temp.resolve(name);
        Files.createDirectories(copy);
        try (var files = Files.list(artifact)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }
}
