package com.reelwise.ui;

import com.reelwise.eval.PairedBootstrap;
import com.reelwise.rating.RatingResults;
import com.reelwise.rating.RatingResultsSource;
import com.reelwise.results.EvaluationResults;
import com.reelwise.results.EvaluationRow;
import com.reelwise.results.LatestResults;
import com.reelwise.results.LossCurve;
import com.reelwise.results.MetricNames;
import com.reelwise.results.ProtocolText;
import com.reelwise.results.ResultsReading;
import com.reelwise.results.TrainingCurves;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How well each method does, from the evaluation harness's result files: a plain-language reading, a table
 * and a bar chart per data set and protocol (protocol described beside each), our methods against EASE with
 * paired bootstrap intervals, and the training loss curves. Every chart has its numbers in a table next to it.
 */
@Route(value = "metrics", layout = MainLayout.class)
@PageTitle("Reelwise: how well it recommends")
public class MetricsView extends VerticalLayout {

    static final String EVALUATE_COMMAND = "mvn -q compile exec:java@evaluate -Dexec.args=\"--data-dir <data> "
            + "--datasets ml-latest-small --protocols loo-99neg,full-ranking,cold-start --results model-training/eval/results\"";

    static final String RATINGS_COMMAND = "mvn -q compile exec:java@evaluate-ratings -Dexec.args=\"--data <data> --dataset ml-100k\"";

    public MetricsView(EvaluationResults evaluationResults, TrainingCurves trainingCurves, RatingResultsSource ratingResults) {
        addClassNames("metrics-view", "page");
        LatestResults results = evaluationResults.latest();
        add(new H1("How well Reelwise recommends"));
        add(paragraph("intro", "These are offline tests: part of what people rated is hidden, each method ranks movies "
                + "from the rest, and we count how often the hidden movies come near the top. Our own methods are marked "
                + "“ours”; the others are well-known baselines that any new method should beat. What each method is and "
                + "what the measures mean is on the About page."));
        add(new RouterLink("How the methods work and what the numbers mean", AboutView.class));
        for (String problem : results.problems()) {
            add(paragraph("notice", problem));
        }
        if (results.rows().isEmpty()) {
            add(paragraph("notice", "No evaluation results were found in " + evaluationResults.dir().toAbsolutePath()
                    + ". Produce them with " + EVALUATE_COMMAND + " (see model-training/eval/README.md), or point "
                    + "REELWISE_RESULTS_DIR at a folder that holds them."));
        } else {
            add(new H2("In short"));
            ResultsReading.headline(results).ifPresent(h -> {
                add(paragraph("headline", h.sentence()));
                add(chart(h.dataset(), h.protocol(), h.metric(), h.rows()));
            });
            add(new NativeDetails("Every comparison in words", paragraph("reading", ResultsReading.of(results))));
            add(paragraph("details-hint", "Below, each data set and test opens to its full table, chart and intervals."));
            for (String dataset : results.datasets()) {
                add(new H2("Results on " + dataset));
                for (String protocol : results.protocols(dataset)) {
                    List<EvaluationRow> rows = results.filter(dataset, protocol, null).stream()
                            .filter(r -> !r.sweepPoint()).toList();
                    if (!rows.isEmpty()) {
                        add(protocolSection(dataset, protocol, rows));
                    }
                }
            }
        }
        add(starsSection(ratingResults.newest()));
        add(trainingSection(trainingCurves.newest()));
    }

    /** Rating prediction: RMSE and MAE per fold, the baselines beside the served star model, and the anchors. */
    private static Section starsSection(RatingResults stars) {
        Section section = new Section();
        section.addClassNames("metrics-section", "stars-section");
        section.add(new H2("Predicted stars"));
        section.add(paragraph("intro", "A separate question from what to watch next: how many stars would a person give a film? "
                + "The error is in stars (RMSE weighs big misses more; MAE is the plain mean miss); lower is better."));
        stars.problems().forEach(p -> section.add(paragraph("notice", p)));
        if (stars.rows().isEmpty()) {
            section.add(paragraph("empty", "No rating results were found (model-training/rating/results). Produce them with "
                    + RATINGS_COMMAND + "."));
            return section;
        }
        for (String dataset : stars.datasets()) {
            List<RatingResults.Row> rows = stars.of(dataset);
            section.add(new H3(dataset + ", " + rows.get(0).folds()));
            section.add(paragraph("protocol", RatingResults.protocol(rows.get(0))));
            section.add(TableScroll.around(MetricsTables.stars(dataset + ": RMSE and MAE over five folds, lowest RMSE in bold", rows)));
            if (dataset.equals("ml-100k")) {
                section.add(paragraph("protocol", "For comparison, Surprise's published RMSE on ml-100k (five random folds, default "
                        + "parameters): " + String.join(", ", RatingResults.SURPRISE_ML100K.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue())).toList()) + "."));
            }
        }
        return section;
    }

    /** One test's section, closed: its title and size say what opening it shows. */
    private static NativeDetails protocolSection(String dataset, String protocol, List<EvaluationRow> rows) {
        Section section = new Section();
        section.addClassName("metrics-section");
        EvaluationRow first = rows.get(0);
        H3 title = new H3(ProtocolText.title(protocol) + " · " + rows.size() + " methods");
        NativeDetails details = new NativeDetails(title, section);
        details.addClassName("protocol-details");
        section.add(paragraph("protocol", ProtocolText.describe(protocol, first.config(), first.seed(), first.users())));
        section.add(TableScroll.around(MetricsTables.results(dataset + ", " + protocol + ": every method measured, best value of "
                + "each accuracy column in bold", rows)));
        Set<String> metrics = new LinkedHashSet<>();
        rows.forEach(r -> metrics.addAll(r.metrics().keySet()));
        String metric = MetricNames.primary(protocol, metrics);
        if (metric != null) {
            section.add(chart(dataset, protocol, metric, rows));
        }
        rows.stream().filter(r -> r.method().equals("ease") && !r.perUser().isEmpty()).findFirst().ifPresent(ease -> {
            section.add(paragraph("intervals-caption", "Our methods against EASE from the same run, user by user: the difference "
                    + "with its paired bootstrap 95% interval (" + PairedBootstrap.RESAMPLES + " resamples of the " + ease.users()
                    + " users). An interval that holds 0 is a tie."));
            section.add(TableScroll.around(MetricsTables.intervals(dataset + ", " + protocol + ": difference to EASE", ease, rows)));
        });
        return details;
    }

    /** A bar per method of one metric, with its caption. */
    private static Section chart(String dataset, String protocol, String metric, List<EvaluationRow> rows) {
        long bars = rows.stream().filter(r -> r.metric(metric) != null).count();
        MetricsChart chart = new MetricsChart(MetricsChartConfigs.comparison(rows, metric),
                "Bar chart of " + metric + " for " + bars + " methods on " + dataset + " under " + protocol
                        + "; the table of this test has the same numbers.");
        chart.getStyle().set("--rw-chart-height", Math.max(10, 2.2 * bars + 4) + "rem");
        Section out = new Section(chart, paragraph("chart-caption", metric + " (" + dataset + ", " + ResultsReading.shortName(protocol) + "): "
                + MetricNames.meaning(metric) + ". Blue bars are Reelwise's own methods, grey bars baselines."));
        out.addClassName("headline-chart");
        return out;
    }

    private static Section trainingSection(List<LossCurve> curves) {
        Section section = new Section();
        section.addClassName("metrics-section");
        section.add(new H2("Training curves"));
        if (curves.isEmpty()) {
            section.add(paragraph("empty", "No training records with per-epoch losses were found (model-training/ncf/runs, "
                    + "model-training/text/runs or the models folder), so there is no curve to show."));
            return section;
        }
        for (LossCurve curve : curves) {
            section.add(new H3(curve.model() + " on " + curve.dataset()));
            if (!curve.drawable()) {
                section.add(paragraph("protocol", String.format(Locale.ROOT, "Run %s was trained for %d epoch with a mean "
                        + "loss of %.3f (%s). One epoch gives one number, so there is no curve to draw.", curve.run(),
                        curve.epochs().size(), curve.epochs().get(0).loss(), curve.lossName())));
                continue;
            }
            section.add(paragraph("protocol", lossReading(curve)));
            section.add(new MetricsChart(MetricsChartConfigs.loss(curve), "Line chart of the training loss per epoch"
                    + (curve.validationName() != null ? " and the validation score" : "") + " of " + curve.model() + " on "
                    + curve.dataset() + "; the numbers are in the table below."));
            section.add(details("The numbers behind this chart", MetricsTables.loss(curve.model() + " run " + curve.run(), curve)));
        }
        return section;
    }

    static String lossReading(LossCurve curve) {
        LossCurve.Epoch first = curve.epochs().get(0);
        LossCurve.Epoch last = curve.epochs().get(curve.epochs().size() - 1);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Run %s: the loss (%s) falls from %.3f after epoch %d "
                + "to %.3f after epoch %d.", curve.run(), curve.lossName(), first.loss(), first.epoch(), last.loss(), last.epoch()));
        if (curve.bestEpoch() != null) {
            s.append(" The model kept is the one from epoch ").append(curve.bestEpoch())
                    .append(", where the ").append(curve.validationName() == null ? "validation score" : curve.validationName())
                    .append(" was highest; a still-falling loss with a flat validation score means later epochs only memorise.");
        }
        return s.toString();
    }

    private static NativeDetails details(String summary, Component content) {
        NativeDetails details = new NativeDetails(summary, TableScroll.around(content));
        details.addClassName("chart-numbers");
        return details;
    }

    private static Paragraph paragraph(String className, String text) {
        Paragraph p = new Paragraph(text);
        if (className != null) {
            p.addClassName(className);
        }
        return p;
    }
}
