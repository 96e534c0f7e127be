package com.reelwise.ui;

import com.reelwise.ops.ServiceState;
import com.reelwise.training.ModelStatus;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Scope;

/**
 * The line under the header of every page that says what is not working yet and why: a model
 * training (with its percentage) or loading, or a damaged model with the sentence naming the fix.
 * Hidden when every model is ready. While something is still moving it polls, so the percentage
 * climbs without a reload; once everything has settled it stops.
 */
@SpringComponent
@Scope("prototype")
public class StatusBanner extends Div {

    static final int POLL_MILLIS = 2000;
    private final Supplier<List<ModelStatus>> models;
    private Registration polling;

    // Two constructors (the second is for tests), so Spring must be told which one builds the bean.
    @Autowired
    StatusBanner(ServiceState state) {
        this(state::models);
    }

    StatusBanner(Supplier<List<ModelStatus>> models) {
        this.models = models;
        addClassName("status-banner");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
    }

    void refresh(UI ui) {
        removeAll();
        boolean moving = false;
        for (ModelStatus status : models.get()) {
            switch (status.state()) {
                case READY -> { }
                case UNAVAILABLE -> add(row(status, "status-problem", null));
                case LOADING -> {
                    moving = true;
                    ProgressBar bar = new ProgressBar();
                    bar.setIndeterminate(true);
                    add(row(status, "status-loading", bar));
                }
                case TRAINING -> {
                    moving = true;
                    add(row(status, "status-training", new ProgressBar(0, 1, Math.max(0, Math.min(1, status.fraction())))));
                }
            }
        }
        setVisible(getComponentCount() > 0);
        if (moving && polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> refresh(ui));
        } else if (!moving) {
            stopPolling(ui);
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private static Div row(ModelStatus status, String kind, ProgressBar bar) {
        // Span sets text, never HTML: a path or message with markup in it shows as typed.
        String text = status.state() == ModelStatus.State.TRAINING
                ? status.message() + " (" + Math.round(status.fraction() * 100) + "%)"
                : status.message();
        Div row = new Div(new Span(text));
        row.addClassNames("status-row", kind);
        if (bar != null) {
            // a progress bar needs its own name for screen readers (axe: aria-progressbar-name)
            bar.getElement().setAttribute("aria-label", text);
            row.add(bar);
        }
        return row;
    }
}
