package com.reelwise.report;

import com.reelwise.rating.RatingResults;
import com.reelwise.results.EvaluationRow;
import com.reelwise.results.MethodNames;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The report's figures, drawn by JFreeChart from the same rows as its tables. */
final class ReportFigures {

    private static final Color OURS = new Color(0x3f51b5);
    private static final Color BASELINE = new Color(0x9e9e9e);

    private ReportFigures() {
    }

    /** Horizontal bars of one metric per method; our methods in colour, baselines in grey. */
    static void ranking(String title, String metric, List<EvaluationRow> rows, Path png) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<EvaluationRow> drawn = rows.stream().filter(r -> r.metric(metric) != null)
                .sorted((a, b) -> Double.compare(b.metric(metric), a.metric(metric))).toList();
        for (EvaluationRow r : drawn) {
            data.addValue(r.metric(metric), metric, MethodNames.display(r.method()));
        }
        boolean[] ours = new boolean[drawn.size()];
        for (int k = 0; k < drawn.size(); k++) {
            ours[k] = MethodNames.ours(drawn.get(k).method());
        }
        save(chart(title, metric, data, ours), png, 60 + 28 * drawn.size());
    }

    /** Horizontal bars of mean RMSE per rating model (lower is better); the served model in colour. */
    static void stars(String title, List<RatingResults.Row> rows, Path png) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean[] ours = new boolean[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            RatingResults.Row r = rows.get(k);
            data.addValue(r.rmseMean(), "RMSE", RatingResults.display(r.model()));
            ours[k] = r.model().equals("stars") || r.model().equals("autorec");
        }
        JFreeChart chart = chart(title, "RMSE, mean over five folds (lower is better)", data, ours);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        double low = rows.stream().mapToDouble(RatingResults.Row::rmseMean).min().orElse(0);
        axis.setRange(Math.floor(low * 10 - 1) / 10, rows.stream().mapToDouble(RatingResults.Row::rmseMean).max().orElse(1) + 0.02);
        save(chart, png, 80 + 36 * rows.size());
    }

    private static JFreeChart chart(String title, String valueLabel, DefaultCategoryDataset data, boolean[] ours) {
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis(valueLabel), new OwnColours(ours));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(new Font("DejaVu Sans", Font.PLAIN, 12));
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.6f);
        JFreeChart chart = new JFreeChart(title, new Font("DejaVu Sans", Font.BOLD, 14), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static void save(JFreeChart chart, Path png, int height) throws IOException {
        Files.createDirectories(png.getParent());
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 1000, Math.max(240, height));
    }

    /** Bars coloured by whether the row is one of ours. */
    private static final class OwnColours extends BarRenderer {

        private final boolean[] ours;

        OwnColours(boolean[] ours) {
            this.ours = ours;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
        }

        @Override
        public java.awt.Paint getItemPaint(int row, int column) {
            return column < ours.length && ours[column] ? OURS : BASELINE;
        }
    }
}
