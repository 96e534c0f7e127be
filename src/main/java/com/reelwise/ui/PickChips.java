package com.reelwise.ui;

import com.reelwise.catalog.Movie;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Consumer;

/** The person's picks as removable chips; each remove button names its movie for screen readers. */
class PickChips extends Div {

    private final Consumer<Movie> onRemove;

    PickChips(Consumer<Movie> onRemove) {
        this.onRemove = onRemove;
        addClassName("chips");
        // A labelled group: a plain div may not carry aria-label (axe: aria-prohibited-attr).
        getElement().setAttribute("role", "group");
    }

    void show(List<Movie> movies) {
        removeAll();
        for (Movie movie : movies) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> onRemove.accept(movie));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel("Remove " + movie.titleWithYear());
            Span chip = new Span(new Span(movie.titleWithYear()), remove);
            chip.addClassName("chip");
            add(chip);
        }
    }
}
