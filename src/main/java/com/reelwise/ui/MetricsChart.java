package com.reelwise.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;

/**
 * A Chart.js chart, drawn in the browser by the {@code <rw-chart>} element from a plain JSON configuration.
 * Chart.js (MIT) rather than Vaadin Charts, which needs a commercial licence. The label becomes the
 * canvas's accessible name; every chart on the Metrics page also has its numbers in a table beside it.
 */
@Tag("rw-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./src/metrics/rw-chart.js")
class MetricsChart extends Component {

    private final ObjectNode config;

    /**
     * @param config a Chart.js configuration ({@code type}, {@code data}, {@code options}) with no functions
     * @param label  what the chart shows, in one sentence, for screen readers
     */
    MetricsChart(ObjectNode config, String label) {
        this.config = config.deepCopy();
        getElement().setPropertyJson("config", Json.parse(config.toString()));
        getElement().setAttribute("label", label);
        getElement().setAttribute("title", label);
        addClassName("metrics-chart");
    }

    /** The configuration sent to the browser (a copy). */
    ObjectNode config() {
        return config.deepCopy();
    }

    /** The accessible label. */
    String label() {
        return getElement().getAttribute("label");
    }
}
