package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reelwise.ratings.Ratings;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReleaseHorizonTest {

    private static long at(int year, int month) {
        return LocalDate.of(year, month, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    @Test
    void aPersonsHorizonIsTheYearOfTheirLatestRatingAskedAbout() {
        // person 1 rated film 10 in June 1999 and film 20 in January 2003; person 2 rated film 10 in 2010
        Ratings ratings = Ratings.fromRawIds(new int[] {1, 1, 2}, new int[] {10, 20, 10}, new float[] {4, 3, 5},
                new long[] {at(1999, 6), at(2003, 1), at(2010, 3)});
        int film10 = ratings.movies().indexOf(10);
        int film20 = ratings.movies().indexOf(20);
        int person1 = ratings.users().indexOf(1);
        int person2 = ratings.users().indexOf(2);
        int[][] onlyFilm10 = new int[2][];
        onlyFilm10[person1] = new int[] {film10};
        onlyFilm10[person2] = new int[0];
        int[][] both = new int[2][];
        both[person1] = new int[] {film10, film20};
        both[person2] = new int[] {film10};

        assertThat(ReleaseHorizon.latestYears(ratings, onlyFilm10)[person1]).isEqualTo(1999);
        assertThat(ReleaseHorizon.latestYears(ratings, onlyFilm10)[person2]).as("nothing asked: no limit").isZero();
        assertThat(ReleaseHorizon.latestYears(ratings, both)[person1]).isEqualTo(2003);
        assertThat(ReleaseHorizon.latestYears(ratings, both)[person2]).isEqualTo(2010);
    }

    @Test
    void onlyFilmsOfALaterYearAreUnreleasedAndAnUnknownYearStaysACandidate() {
        ReleaseHorizon horizon = new ReleaseHorizon(new int[] {1995, 1999, 2014, 0}, new int[] {1999, 0});

        assertThat(horizon.unreleased(0, 0)).isFalse();
        assertThat(horizon.unreleased(0, 1)).as("the same year was out").isFalse();
        assertThat(horizon.unreleased(0, 2)).isTrue();
        assertThat(horizon.unreleased(0, 3)).as("unknown year").isFalse();
        assertThat(horizon.unreleased(1, 2)).as("a person without a horizon").isFalse();
    }

    @Test
    void theReleasedProtocolsAreNamedAndKeepTheirParentsSettings() {
        Protocol full = Protocol.named("full-ranking-released", 7);
        Protocol cold = Protocol.named("cold-start-released", 7);

        assertThat(full.releasedOnly()).isTrue();
        assertThat(full.coldStart()).isFalse();
        assertThat(full.cutoffs()).isEqualTo(Protocol.fullRanking(7).cutoffs());
        assertThat(full.testFraction()).isEqualTo(Protocol.fullRanking(7).testFraction());
        assertThat(cold.releasedOnly()).isTrue();
        assertThat(cold.coldStart()).isTrue();
        assertThat(cold.ratingThreshold()).isEqualTo(Protocol.coldStart(7).ratingThreshold());
        assertThat(Protocol.fullRanking(7).releasedOnly()).isFalse();
    }

    @Test
    void fullRankingSkipsFilmsReleasedAfterThePersonsTestYear() {
        Protocol protocol = Protocol.fullRanking(3);
        Split split = Splitter.split(SplitterTest.generated(23), protocol);
        // five films nobody holds out, scored above everything by a model that otherwise knows the test films
        int[] future = IntStream.range(0, split.numItems())
                .filter(i -> IntStream.range(0, split.numUsers()).noneMatch(u -> split.test().contains(u, i))).limit(5).toArray();
        assertThat(future).hasSize(5);
        RankingModel model = new RankingModel() {
            public String name() {
                return "oracle with decoys";
            }

            public void fit(com.reelwise.ratings.Interactions train, com.reelwise.ratings.Interactions validation) {
            }

            public void scores(int user, float[] out) {
                for (int i = 0; i < out.length; i++) {
                    int item = i;
                    out[i] = Arrays.stream(future).anyMatch(f -> f == item) ? 3f : split.test().contains(user, i) ? 1f : 0f;
                }
            }
        };
        int[] itemYear = new int[split.numItems()];
        Arrays.fill(itemYear, 1995);
        for (int f : future) {
            itemYear[f] = 2014;
        }
        int[] userYear = new int[split.numUsers()];
        Arrays.fill(userYear, 1999);
        ReleaseHorizon horizon = new ReleaseHorizon(itemYear, userYear);

        double without = new Evaluator(1).score(model, split, protocol, null).means().get("NDCG@20");
        double with = new Evaluator(1).score(model, split, protocol, null, horizon).means().get("NDCG@20");

        assertThat(without).isLessThan(1.0);
        assertThat(with).isEqualTo(1.0);
        assertThatThrownBy(() -> new Evaluator(1).score(model, Splitter.split(SplitterTest.generated(23), Protocol.loo99neg(3)),
                Protocol.loo99neg(3), null, horizon)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coldStartSkipsHeldOutFilmsReleasedAfterThePersonsLatestRating() {
        Ratings ratings = ColdStartSplitTest.ratings();
        Protocol protocol = Protocol.coldStartReleased(42);
        ColdStartSplit split = ColdStartSplit.of(ratings, protocol);
        // a held-out film ranked first for the evaluated people who did not like it; it came out after their latest rating
        int decoy = Arrays.stream(split.heldOut()).filter(i -> IntStream.range(0, split.liked().length)
                .anyMatch(u -> split.liked()[u].length > 0 && !liked(split, u, i))).findFirst().orElseThrow();
        RankingModel model = new RankingModel() {
            public String name() {
                return "oracle with a decoy";
            }

            public void fit(com.reelwise.ratings.Interactions train, com.reelwise.ratings.Interactions validation) {
            }

            public void scores(int user, float[] out) {
                Arrays.fill(out, 0f);
                for (int item : split.liked()[user]) {
                    out[item] = 1f;
                }
                if (!liked(split, user, decoy)) {
                    out[decoy] = 2f;
                }
            }
        };
        int[] itemYear = new int[ratings.movies().size()];
        Arrays.fill(itemYear, 1995);
        itemYear[decoy] = 2014;
        int[] userYear = new int[ratings.users().size()];
        for (int u = 0; u < userYear.length; u++) {
            userYear[u] = liked(split, u, decoy) ? 2020 : 1999;
        }

        double without = ColdStartEvaluation.score(model, split, protocol, null).means().get("NDCG@10");
        double with = ColdStartEvaluation.score(model, split, protocol, null, new ReleaseHorizon(itemYear, userYear)).means().get("NDCG@10");

        assertThat(without).isLessThan(1.0);
        assertThat(with).isEqualTo(1.0);
    }

    private static boolean liked(ColdStartSplit split, int user, int item) {
        return Arrays.stream(split.liked()[user]).anyMatch(l -> l == item);
    }
}
