package com.reelwise.ui;

import com.reelwise.eval.PairedBootstrap;
import com.reelwise.rating.RatingResults;
import com.reelwise.results.EvaluationRow;
import com.reelwise.results.LossCurve;
import com.reelwise.results.MethodNames;
import com.reelwise.results.MetricNames;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Plain HTML tables for the Metrics page: real {@code <table>}s with captions and header cells, readable by screen readers. */
final class MetricsTables {

    private MetricsTables() {
    }

    /** One row per method, one column per metric; the best accuracy value of each column in bold. */
    static NativeTable results(String caption, List<EvaluationRow> rows) {
        Set<String> metrics = new LinkedHashSet<>();
        rows.forEach(r -> metrics.addAll(r.metrics().keySet()));
        List<String> columns = metrics.stream().sorted(MetricNames.READING_ORDER).toList();
        NativeTable table = table(caption);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Method");
        for (String metric : columns) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(metric);
            cell.getElement().setAttribute("title", MetricNames.meaning(metric));
            cell.getElement().setAttribute("scope", "col");
        }
        head.addHeaderCell().setText("Run");
        for (EvaluationRow row : rows) {
            NativeTableRow tr = table.getBody().addRow();
            NativeTableHeaderCell method = tr.addHeaderCell();
            method.getElement().setAttribute("scope", "row");
            method.add(new Span(MethodNames.display(row.method())));
            if (MethodNames.ours(row.method())) {
                Span ours = new Span("ours");
                ours.addClassName("ours-badge");
                method.add(ours);
                tr.addClassName("ours");
            }
            for (String metric : columns) {
                NativeTableCell cell = tr.addDataCell();
                Double value = row.metric(metric);
                cell.setText(value == null ? "–" : format(metric, value));
                if (value != null && MetricNames.isAccuracy(metric) && value.equals(best(rows, metric))) {
                    cell.addClassName("best");
                }
            }
            tr.addDataCell().setText(row.date() == null ? "" : row.date().substring(0, Math.min(10, row.date().length())));
        }
        return table;
    }

    /**
     * One row per method of ours measured in the same run as {@code reference}: the difference to it per metric
     * with its paired bootstrap 95% interval, "tie" where the interval holds 0. Empty when no run pairs up.
     */
    static NativeTable intervals(String caption, EvaluationRow reference, List<EvaluationRow> rows) {
        List<String> columns = reference.perUser().keySet().stream().sorted(MetricNames.READING_ORDER).toList();
        NativeTable table = table(caption);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Method");
        columns.forEach(m -> head.addHeaderCell().setText("Δ " + m));
        for (EvaluationRow row : rows) {
            if (row == reference || !MethodNames.ours(row.method()) || !row.sameRun(reference) || row.perUser().isEmpty()) {
                continue;
            }
            NativeTableRow tr = table.getBody().addRow();
            tr.addHeaderCell().setText(MethodNames.display(row.method()));
            for (String metric : columns) {
                double[] mine = row.perUser().get(metric);
                double[] theirs = reference.perUser().get(metric);
                NativeTableCell cell = tr.addDataCell();
                if (mine == null || mine.length != theirs.length) {
                    cell.setText("–");
                    continue;
                }
                PairedBootstrap.Interval i = PairedBootstrap.of(mine, theirs, row.seed() == null ? 42 : row.seed());
                cell.setText(String.format(Locale.ROOT, "%+.4f [%+.4f, %+.4f] %s", i.difference(), i.low(), i.high(),
                        i.better() ? "better" : i.worse() ? "worse" : "tie"));
                cell.addClassName(i.better() ? "better" : i.worse() ? "worse" : "tie");
            }
        }
        return table;
    }

    /** Epoch, loss and (when recorded) validation score. */
    static NativeTable loss(String caption, LossCurve curve) {
        NativeTable table = table(caption);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Epoch");
        head.addHeaderCell().setText("Training loss");
        boolean validation = curve.validationName() != null;
        if (validation) {
            head.addHeaderCell().setText("Validation HR@10");
        }
        for (LossCurve.Epoch e : curve.epochs()) {
            NativeTableRow tr = table.getBody().addRow();
            tr.addHeaderCell().setText(String.valueOf(e.epoch()));
            tr.addDataCell().setText(String.format(Locale.ROOT, "%.4f", e.loss()));
            if (validation) {
                NativeTableCell cell = tr.addDataCell();
                cell.setText(e.validation() == null ? "–" : String.format(Locale.ROOT, "%.3f", e.validation()));
                if (Objects.equals(curve.bestEpoch(), e.epoch())) {
                    cell.addClassName("best");
                }
            }
        }
        return table;
    }

    /** One row per rating model: RMSE and MAE mean ± sd, and RMSE per fold; the lowest mean RMSE in bold. */
    static NativeTable stars(String caption, List<RatingResults.Row> rows) {
        NativeTable table = table(caption);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Model");
        head.addHeaderCell().setText("RMSE");
        head.addHeaderCell().setText("MAE");
        head.addHeaderCell().setText("RMSE per fold");
        double best = rows.stream().mapToDouble(RatingResults.Row::rmseMean).min().orElse(Double.NaN);
        for (RatingResults.Row row : rows) {
            NativeTableRow tr = table.getBody().addRow();
            NativeTableHeaderCell model = tr.addHeaderCell();
            model.getElement().setAttribute("scope", "row");
            model.setText(RatingResults.display(row.model()));
            NativeTableCell rmse = tr.addDataCell();
            rmse.setText(String.format(Locale.ROOT, "%.4f ± %.4f", row.rmseMean(), row.rmseSd()));
            if (row.rmseMean() == best) {
                rmse.addClassName("best");
            }
            tr.addDataCell().setText(String.format(Locale.ROOT, "%.4f ± %.4f", row.maeMean(), row.maeSd()));
            tr.addDataCell().setText(String.join(", ", java.util.Arrays.stream(row.rmse())
                    .mapToObj(v -> String.format(Locale.ROOT, "%.3f", v)).toList()));
        }
        return table;
    }

    /** Three decimals for rates, one for counts such as mean popularity. */
    static String format(String metric, double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.3f", value);
    }

    private static Double best(List<EvaluationRow> rows, String metric) {
        return rows.stream().map(r -> r.metric(metric)).filter(Objects::nonNull).max(Double::compare).orElse(null);
    }

    private static NativeTable table(String caption) {
        NativeTable table = new NativeTable();
        table.setCaptionText(caption);
        table.addClassName("metrics-table");
        return table;
    }
}
