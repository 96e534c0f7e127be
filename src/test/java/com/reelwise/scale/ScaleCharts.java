package com.reelwise.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of docs/scale.md, drawn from the benchmark results (model-training/scale/results):
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.reelwise.scale.ScaleCharts}.
 */
public final class ScaleCharts {

    private static final Path RESULTS = Path.of("model-training/scale/results");
    private static final Path FIGURES = Path.of("docs/scale-figures");
    private static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 12);

    private ScaleCharts() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> releases = new ArrayList<>();
        try (Stream<Path> files = Files.list(RESULTS)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("ml-synth-")).toList()) {
                releases.add(json.readTree(f.toFile()));
            }
        }
        releases.sort(Comparator.comparingLong(r -> r.get("ratings").asLong()));
        XYSeries load = new XYSeries("load ratings.csv");
        XYSeries neumf = new XYSeries("NeuMF, one epoch");
        XYSeries sasrec = new XYSeries("SASRec (gBCE), one epoch");
        XYSeries dae = new XYSeries("taste autoencoder, one epoch");
        for (JsonNode r : releases) {
            double millions = r.get("ratings").asDouble() / 1e6;
            load.add(millions, r.get("loadSeconds").asDouble() / 60);
            add(neumf, millions, r.get("neumf"));
            add(sasrec, millions, r.get("sasrec"));
            add(dae, millions, r.get("dae"));
        }
        save(chart("What one epoch costs on 2 cores", "million ratings", "minutes", load, neumf, sasrec, dae), FIGURES.resolve("cost-curves.png"));
        printTables(releases);

        XYSeries exact = new XYSeries("exact (every film scored)");
        XYSeries hnsw = new XYSeries("HNSW, beam 200");
        for (JsonNode row : json.readTree(RESULTS.resolve("ann.json").toFile())) {
            double films = row.get("films").asDouble() / 1000;
            if (row.get("method").asText().equals("exact")) {
                exact.add(films, row.get("p99ms").asDouble());
            } else if (row.get("beam").asInt() == 200) {
                hnsw.add(films, row.get("p99ms").asDouble());
            }
        }
        save(chart("Content candidates: p99 latency of one query, one thread", "thousand films", "ms", exact, hnsw), FIGURES.resolve("ann-latency.png"));
    }

    /** The tables of docs/scale.md, from the same results, so no figure there is typed by hand. */
    private static void printTables(List<JsonNode> releases) {
        System.out.println("| release | ratings | people | films | ratings.csv | load | held | bytes a rating | product split | peak RSS |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (JsonNode r : releases) {
            System.out.printf(java.util.Locale.ROOT, "| %s | %,d | %,d | %,d | %.0f MB | %.1f s | %.0f MB | %.1f | %.1f s | %,d MB |%n",
                    r.get("dataset").asText(), r.get("ratings").asLong(), r.get("people").asLong(), r.get("films").asLong(),
                    r.get("ratingsFileMB").asDouble(), r.get("loadSeconds").asDouble(), r.get("loadedMB").asDouble(),
                    r.get("bytesPerRating").asDouble(), r.get("splitSeconds").asDouble(), r.get("peakRssMB").asLong());
        }
        System.out.println();
        System.out.println("| release | model | samples/s | one epoch | how | RSS after |");
        System.out.println("| --- | --- | ---: | ---: | --- | ---: |");
        for (JsonNode r : releases) {
            for (String[] model : new String[][] {{"neumf", "NeuMF"}, {"sasrec", "SASRec (gBCE)"}, {"dae", "taste autoencoder"}}) {
                JsonNode m = r.get(model[0]);
                if (m != null) {
                    System.out.printf(java.util.Locale.ROOT, "| %s | %s | %,.0f | %.1f min | %s | %,d MB |%n", r.get("dataset").asText(), model[1],
                            m.get("samplesPerSecond").asDouble(), m.get("fullEpochSeconds").asDouble() / 60, m.get("how").asText(),
                            m.get("rssMB").asLong());
                }
            }
        }
        System.out.println();
        for (JsonNode r : releases) {
            System.out.println("- " + r.get("dataset").asText() + ": " + r.get("ease").asText());
        }
    }

    private static void add(XYSeries series, double x, JsonNode model) {
        if (model != null && model.has("fullEpochSeconds")) {
            series.add(x, model.get("fullEpochSeconds").asDouble() / 60);
        }
    }

    private static JFreeChart chart(String title, String xLabel, String yLabel, XYSeries... series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries s : series) {
            data.addSeries(s);
        }
        // log scales with plain numbers on the ticks (1, 10, 100), not exponents
        LogarithmicAxis x = new LogarithmicAxis(xLabel);
        x.setTickLabelFont(LABEL);
        x.setExpTickLabelsFlag(false);
        x.setStrictValuesFlag(false);
        LogarithmicAxis y = new LogarithmicAxis(yLabel);
        y.setTickLabelFont(LABEL);
        y.setExpTickLabelsFlag(false);
        y.setStrictValuesFlag(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Color[] colours = {new Color(0x9e9e9e), new Color(0x3f51b5), new Color(0xe91e63), new Color(0x009688)};
        for (int i = 0; i < series.length; i++) {
            renderer.setSeriesPaint(i, colours[i % colours.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(title, new Font("DejaVu Sans", Font.BOLD, 14), plot, true);
        chart.getLegend().setItemFont(LABEL);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static void save(JFreeChart chart, Path png) throws IOException {
        Files.createDirectories(png.getParent());
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 480);
    }
}
