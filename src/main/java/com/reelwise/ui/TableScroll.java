package com.reelwise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** A wide table in a box that scrolls sideways on a phone, reachable by keyboard (axe: scrollable-region-focusable). */
final class TableScroll {

    private TableScroll() {
    }

    static Div around(Component table) {
        Div div = new Div(table);
        div.addClassName("table-scroll");
        div.getElement().setAttribute("tabindex", "0");
        div.getElement().setAttribute("role", "region");
        div.getElement().setAttribute("aria-label", "Table, scrolls sideways");
        return div;
    }
}
