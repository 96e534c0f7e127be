package com.reelwise.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.reelwise.results.EvaluationRow;
import com.reelwise.results.LossCurve;
import com.reelwise.results.MethodNames;
import java.util.List;

/** Chart.js configurations for the Metrics page, built from result rows: comparison bars and loss curves. */
final class MetricsChartConfigs {

    private static final ObjectMapper JSON = new ObjectMapper();
    // Okabe-Ito colours: distinguishable with the common colour-vision deficiencies, readable on light and dark.
    static final String OURS = "#0072B2";
    static final String BASELINE = "#999999";
    static final String ORANGE = "#E69F00";
    static final String GREEN = "#009E73";
    static final String PINK = "#CC79A7";

    /** Labels up to this many characters stay on one line ("MF (ALS)"). */
    private static final int SHORT_LABEL = 12;

    private MetricsChartConfigs() {
    }

    /** Horizontal bars, one per method, of one metric; Reelwise's own methods in blue, baselines in grey. */
    static ObjectNode comparison(List<EvaluationRow> rows, String metric) {
        ObjectNode config = JSON.createObjectNode().put("type", "bar");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ObjectNode bars = data.putArray("datasets").addObject().put("label", metric);
        ArrayNode values = bars.putArray("data");
        ArrayNode colours = bars.putArray("backgroundColor");
        for (EvaluationRow row : rows) {
            if (row.metric(metric) == null) {
                continue;
            }
            labels.add(label(row.method()));
            values.add(round(row.metric(metric)));
            colours.add(MethodNames.ours(row.method()) ? OURS : BASELINE);
        }
        ObjectNode options = config.putObject("options").put("indexAxis", "y");
        options.putObject("plugins").putObject("legend").put("display", false);
        ObjectNode x = options.putObject("scales").putObject("x").put("beginAtZero", true);
        title(x, metric + " (higher is better)");
        return config;
    }

    /** Training loss per epoch (left axis) and, when recorded, the validation score (right axis). */
    static ObjectNode loss(LossCurve curve) {
        ObjectNode config = JSON.createObjectNode().put("type", "line");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        curve.epochs().forEach(e -> labels.add(e.epoch()));
        ArrayNode datasets = data.putArray("datasets");
        ObjectNode loss = datasets.addObject().put("label", "Training loss").put("borderColor", OURS)
                .put("backgroundColor", OURS).put("yAxisID", "y");
        ArrayNode lossValues = loss.putArray("data");
        curve.epochs().forEach(e -> lossValues.add(round(e.loss())));
        ObjectNode options = config.putObject("options");
        options.putObject("plugins").putObject("legend").put("position", "bottom");
        ObjectNode scales = options.putObject("scales");
        title(scales.putObject("x"), "Epoch");
        title(scales.putObject("y").put("position", "left"), "Loss");
        if (curve.validationName() != null) {
            ObjectNode validation = datasets.addObject().put("label", capitalised(curve.validationName()))
                    .put("borderColor", ORANGE).put("backgroundColor", ORANGE).put("yAxisID", "y1");
            validation.putArray("borderDash").add(6).add(4);
            ArrayNode values = validation.putArray("data");
            curve.epochs().forEach(e -> {
                if (e.validation() == null) {
                    values.addNull();
                } else {
                    values.add(round(e.validation()));
                }
            });
            ObjectNode y1 = scales.putObject("y1").put("position", "right");
            y1.putObject("grid").put("drawOnChartArea", false);
            title(y1, "Validation HR@10");
        }
        return config;
    }

    /**
     * A bar label short enough for a phone: "EASE", "NeuMF · ours", or two lines such as ["Content", "fine-tuned
     * MiniLM · ours"]; Chart.js draws an array as lines, and wider labels would be cut at the canvas edge.
     */
    static JsonNode label(String method) {
        String name = MethodNames.display(method);
        String ours = MethodNames.ours(method) ? " · ours" : "";
        int paren = name.indexOf(" (");
        if (paren < 0 || !name.endsWith(")") || name.length() <= SHORT_LABEL) {
            return JSON.getNodeFactory().textNode(name + ours);
        }
        ArrayNode lines = JSON.createArrayNode();
        lines.add(name.substring(0, paren));
        lines.add(name.substring(paren + 2, name.length() - 1) + ours);
        return lines;
    }

    private static void level(ArrayNode datasets, String label, double value, String colour) {
        ObjectNode level = datasets.addObject().put("label", label).put("borderColor", colour).put("backgroundColor", colour)
                .put("pointRadius", 0);
        level.putArray("borderDash").add(6).add(4);
        ArrayNode data = level.putArray("data");
        data.addObject().put("x", 0).put("y", round(value));
        data.addObject().put("x", 1).put("y", round(value));
    }

    private static void title(ObjectNode axis, String text) {
        axis.putObject("title").put("display", true).put("text", text);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static double round(double v) {
        return Math.round(v * 100_000) / 100_000.0;
    }
}
