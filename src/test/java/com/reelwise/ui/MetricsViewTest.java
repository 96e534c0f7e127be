package com.reelwise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.reelwise.rating.RatingResultsSource;
import com.reelwise.results.EvaluationResults;
import com.reelwise.results.ResultFixtures;
import com.reelwise.results.TrainingCurves;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Metrics page over generated result files and training records (Karibu-Testing, no browser). */
class MetricsViewTest {

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        // Only these two routes: the others need Spring beans, and MetricsView links to AboutView.
        Routes routes = new Routes();
        routes.getRoutes().addAll(Set.of(MetricsView.class, AboutView.class));
        MockVaadin.setup(routes, UI::new);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void open(Path results) throws IOException {
        Path records = dir.resolve("model-training");
        Files.createDirectories(records.resolve("ncf/runs"));
        Files.writeString(records.resolve("ncf/runs/ml-latest-small-20260101-100000.json"), """
                {"run":"ml-latest-small-20260101-100000","metrics":{"dataset":"ml-latest-small","bestEpoch":2},
                 "lossCurve":[{"epoch":1,"loss":0.40,"validation":0.60},{"epoch":2,"loss":0.30,"validation":0.65},
                              {"epoch":3,"loss":0.25,"validation":0.64}]}
                """);
        UI.getCurrent().add(new MetricsView(new EvaluationResults(results), new TrainingCurves(records, dir.resolve("models")),
                new RatingResultsSource(Path.of("model-training/rating/results"))));
    }

    @Test
    void tablesListEveryMethodPerProtocolWithTheProtocolBeside() throws IOException {
        open(ResultFixtures.write(dir.resolve("results")));

        NativeTable loo = table("ml-latest-small, loo-99neg");
        assertThat(rowHeaders(loo)).containsExactly("Popular", "EASE", "NeuMF (fold-in, as served) ours", "Content (fine-tuned MiniLM) ours",
                "Cluster (more of mine) ours", "Hybrid (learned ranker) ours");
        assertThat(loo.getHead().getRow(0).orElseThrow().getElement().getTextRecursively()).contains("HR@10", "NDCG@10", "ILD@10");
        assertThat(rowHeaders(table("ml-latest-small, full-ranking"))).containsExactly("Popular", "EASE", "Hybrid (learned ranker) ours");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("protocol")))
                .extracting(Paragraph::getText).anySatisfy(t -> assertThat(t).contains("99 random movies").contains("seed 42"));
    }

    @Test
    void readingNamesTheWinnerAndTheBaselineThatBeatsUs() throws IOException {
        open(ResultFixtures.write(dir.resolve("results")));

        String reading = _get(Paragraph.class, spec -> spec.withClasses("reading")).getText();
        assertThat(reading).contains("our Hybrid (learned ranker) 0.780 beats the best baseline").contains("the baseline EASE 0.127 beats our best");
    }

    @Test
    void chartsReceiveTheirConfiguration() throws IOException {
        open(ResultFixtures.write(dir.resolve("results")));

        List<MetricsChart> charts = _find(MetricsChart.class);
        MetricsChart hr = charts.stream().filter(c -> c.label().contains("HR@10")).findFirst().orElseThrow();
        JsonObject bars = (JsonObject) hr.getElement().getPropertyRaw("config");
        assertThat(bars.getString("type")).isEqualTo("bar");
        JsonArray labels = bars.getObject("data").getArray("labels");
        assertThat(labels.getString(1)).isEqualTo("EASE");
        assertThat(strings(labels.getArray(labels.length() - 1))).containsExactly("Hybrid", "learned ranker · ours");
        assertThat(bars.getObject("data").getArray("datasets").getObject(0).getArray("data").getNumber(1)).isEqualTo(0.75);

        MetricsChart loss = charts.stream().filter(c -> c.label().contains("training loss")).findFirst().orElseThrow();
        assertThat(loss.config().at("/data/datasets/0/data").size()).isEqualTo(3);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("protocol"))).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).contains("from epoch 2"));
    }

    @Test
    void opensWithTheDefaultAgainstTheStrongestBaselineInWordsAndOneChartThenClosedDetails() throws IOException {
        open(ResultFixtures.write(dir.resolve("results")));

        String headline = _get(Paragraph.class, spec -> spec.withClasses("headline")).getText();
        assertThat(headline).contains("ranking every film they had not seen").contains("learned hybrid) scores 0.110 on Recall@20")
                .contains("strongest classic method measured (EASE) scores 0.127").contains("share of the hidden movies found in the top 20");
        assertThat(_find(MetricsChart.class).get(0).label()).contains("Recall@20").contains("full-ranking");
        List<NativeDetails> tests = _find(NativeDetails.class, spec -> spec.withClasses("protocol-details"));
        assertThat(tests).hasSizeGreaterThanOrEqualTo(2).allSatisfy(d -> assertThat(d.isOpen()).isFalse());
    }

    @Test
    void corruptFileIsNamedAndTheRestStillShows() throws IOException {
        open(ResultFixtures.write(dir.resolve("results")));

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("notice"))).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).contains("ml-latest-small_cold-start_20260103-100000.json"));
        assertThat(_find(NativeTable.class)).isNotEmpty();
    }

    @Test
    void noResultsSayWhatToRun() throws IOException {
        open(dir.resolve("absent"));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("notice")).getText())
                .contains("No evaluation results were found").contains("exec:java@evaluate");
        // The training curve does not depend on the results being there.
        assertThat(_find(MetricsChart.class)).hasSize(1);
    }

    private static NativeTable table(String captionStart) {
        return _find(NativeTable.class).stream().filter(t -> t.getCaptionText().startsWith(captionStart)).findFirst().orElseThrow();
    }

    private static List<String> rowHeaders(NativeTable table) {
        List<String> out = new ArrayList<>();
        for (NativeTableRow row : table.getBody().getRows()) {
            out.add(row.getHeaderCell(0).orElseThrow().getElement().getTextRecursively().replaceAll("(\\S)ours$", "$1 ours"));
        }
        return out;
    }

    private static List<String> strings(JsonArray array) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.length(); i++) {
            out.add(array.getString(i));
        }
        return out;
    }
}
