package com.reelwise.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The {@code <rw-scatter>} element: Chart.js (MIT) draws the map, chartjs-plugin-zoom (MIT, with
 * hammerjs for touch) zooms and pans. Vaadin Charts would need a commercial licence.
 */
@Tag("rw-scatter")
@NpmPackage(value = "chart.js", version = "4.5.1")
@NpmPackage(value = "chartjs-plugin-zoom", version = "2.2.0")
@NpmPackage(value = "hammerjs", version = "2.0.8")
@JsModule("./src/map/rw-scatter.js")
class ScatterMap extends com.vaadin.flow.component.Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MapPayload payload;

    ScatterMap() {
        getElement().setAttribute("aria-label", "Map of the catalog: similar movies sit close together, colours are clusters");
    }

    /** Draws {@code payload}, replacing what was drawn. */
    void show(MapPayload payload) {
        this.payload = payload;
        try {
            getElement().callJsFunction("setData", JSON.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks other picks and recommendations without resending the points. */
    void highlight(List<Integer> picks, List<Integer> recommended) {
        payload = new MapPayload(payload.ids(), payload.xy(), payload.cluster(), payload.titles(), payload.labels(),
                List.copyOf(picks), List.copyOf(recommended));
        try {
            getElement().callJsFunction("setHighlights", JSON.writeValueAsString(Map.of("picks", picks, "recommended", recommended)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was last sent to the browser (null before {@link #show}). */
    MapPayload payload() {
        return payload;
    }

    void resetZoom() {
        getElement().callJsFunction("resetZoom");
    }

    Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }

    /** A point was clicked or tapped. */
    @DomEvent("point-click")
    public static class PointClickEvent extends ComponentEvent<ScatterMap> {

        private final int movieId;

        public PointClickEvent(ScatterMap source, boolean fromClient, @EventData("event.detail.movieId") int movieId) {
            super(source, fromClient);
            this.movieId = movieId;
        }

        int movieId() {
            return movieId;
        }
    }
}
