package com.reelwise.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingCurvesTest {

    @TempDir
    Path dir;

    @Test
    void newestRunPerModelWinsAcrossRecordsAndModelsFolder() throws IOException {
        Path records = dir.resolve("model-training");
        Path models = dir.resolve("models");
        Files.createDirectories(records.resolve("ncf/runs"));
        Files.writeString(records.resolve("ncf/runs/ml-latest-small-20260101-100000.json"), """
                {"run":"ml-latest-small-20260101-100000","metrics":{"dataset":"ml-latest-small","bestEpoch":2},
                 "lossCurve":[{"epoch":1,"loss":0.40,"validation":0.60},{"epoch":2,"loss":0.30,"validation":0.65},
                              {"epoch":3,"loss":0.25,"validation":0.64}]}
                """);
        Files.writeString(records.resolve("ncf/runs/ml-latest-small-20260101-090000.json"), "{ broken");
        Files.createDirectories(models.resolve("ncf/ml-latest-small-20260102-100000"));
        Files.writeString(models.resolve("ncf/ml-latest-small-20260102-100000/loss-curve.csv"),
                "epoch,loss,validation,seconds\n1,0.5,0.55,3.0\n2,0.35,0.62,3.1\n3,0.3,0.61,3.0\n4,0.28,0.60,2.9\n");
        Files.createDirectories(records.resolve("text/runs"));
        Files.writeString(records.resolve("text/runs/ml-latest-small-20260101-110000.json"),
                "{\"run\":\"ml-latest-small-20260101-110000\",\"dataset\":\"ml-latest-small\",\"epochLosses\":[2.18]}");

        List<LossCurve> curves = new TrainingCurves(records, models).newest();

        assertThat(curves).extracting(LossCurve::model).containsExactly("NeuMF", "Text encoder");
        LossCurve neumf = curves.get(0);
        assertThat(neumf.run()).isEqualTo("ml-latest-small-20260102-100000");
        assertThat(neumf.epochs()).extracting(LossCurve.Epoch::loss).containsExactly(0.5, 0.35, 0.3, 0.28);
        assertThat(neumf.bestEpoch()).isEqualTo(2);
        assertThat(neumf.drawable()).isTrue();
        assertThat(curves.get(1).drawable()).isFalse();
        assertThat(new TrainingCurves(records, models).all()).hasSize(3);
    }

    @Test
    void nothingRecordedGivesNoCurves() {
        assertThat(new TrainingCurves(dir.resolve("a"), dir.resolve("b")).newest()).isEmpty();
    }

    /** The committed NeuMF run record has a per-epoch loss history whose kept epoch is one of its epochs. */
    @Test
    void committedRunRecordsHaveALossCurve() {
        List<LossCurve> curves = new TrainingCurves(Path.of("model-training"), dir.resolve("no-models")).newest();

        LossCurve neumf = curves.stream().filter(c -> c.model().equals("NeuMF")).findFirst().orElseThrow();
        assertThat(neumf.drawable()).isTrue();
        assertThat(neumf.epochs()).extracting(LossCurve.Epoch::epoch).contains(neumf.bestEpoch());
        assertThat(neumf.epochs().get(neumf.epochs().size() - 1).loss()).isLessThan(neumf.epochs().get(0).loss());
    }
}
