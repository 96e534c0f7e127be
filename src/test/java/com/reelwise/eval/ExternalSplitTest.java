package com.reelwise.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalSplitTest {

    @TempDir
    Path dir;

    /** Three users, eight items, NCF layout; item 0 is the most popular in train. */
    private Path[] writeFiles(String negatives) throws IOException {
        Path train = Files.writeString(dir.resolve("tiny.train.rating"), String.join("\n",
                "0\t0\t5\t100", "0\t1\t4\t101", "0\t2\t3\t102",
                "1\t0\t5\t100", "1\t1\t4\t105", "1\t3\t2\t103",
                "2\t0\t4\t100", "2\t4\t4\t101", "2\t1\t3\t90", "") );
        Path test = Files.writeString(dir.resolve("tiny.test.rating"), "0\t5\t4\t200\n1\t6\t5\t200\n2\t7\t3\t200\n");
        Path neg = Files.writeString(dir.resolve("tiny.test.negative"), negatives);
        return new Path[] {train, test, neg};
    }

    @Test
    void readsNcfFilesAndRanksTheSuppliedCandidates() throws IOException {
        Path[] f = writeFiles("(0,5)\t3\t4\n(1,6)\t2\t4\t7\n(2,7)\t2\t3\n");
        Protocol protocol = Protocol.loo99neg(1);
        Split split = ExternalSplit.read(f[0], f[1], f[2], protocol);
        assertThat(split.numUsers()).isEqualTo(3);
        assertThat(split.numItems()).isEqualTo(8);
        assertThat(split.negativesOf(1)).containsExactly(2, 4, 7);
        // Validation is each user's latest train line: items 2, 1 and 4.
        assertThat(split.validation().itemsOf(0)).containsExactly(2);
        assertThat(split.validation().itemsOf(1)).containsExactly(1);
        assertThat(split.validation().itemsOf(2)).containsExactly(4);
        assertThat(split.train().itemsOf(2)).containsExactly(0, 1);
        SplitterTest.assertDisjoint(split);

        RankingModel popular = Baselines.named("popular").factory().apply(1);
        popular.fit(split.train(), split.validation());
        var metrics = new Evaluator(1).evaluate(popular, split, protocol);
        // Test items have count 0. User 0: negatives 3 (1), 4 (1) rank first -> rank 2.
        // User 1: 2 (1), 4 (1) beat it and 7 ties at 0; a tie counts against the held-out item -> rank 3.
        // User 2: 2 (1), 3 (1) beat it -> rank 2. NDCG = (0.5 + 1 / log2(5) + 0.5) / 3.
        assertThat(metrics.get("NDCG@10")).isCloseTo((0.5 + 1 / (Math.log(5) / Math.log(2)) + 0.5) / 3, within(1e-12));
        assertThat(metrics.get("HR@10")).isEqualTo(1.0);
    }

    @Test
    void samplesNegativesWhenNoFileIsGivenAndRejectsBadLines() throws IOException {
        Path[] f = writeFiles("(0,6)\t3\n");
        assertThatThrownBy(() -> ExternalSplit.read(f[0], f[1], f[2], Protocol.loo99neg(1)))
                .hasMessageContaining("names no test interaction");
        // Eight items cannot give 99 negatives.
        assertThatThrownBy(() -> ExternalSplit.read(f[0], f[1], null, Protocol.loo99neg(1)))
                .hasMessageContaining("unseen items");
        Split full = ExternalSplit.read(f[0], f[1], null, Protocol.fullRanking(1));
        assertThat(full.test().size()).isEqualTo(3);
        assertThat(full.negativesOf(0)).isEmpty();
    }
}
