package com.reelwise.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.Tag;

/**
 * A native {@code <input type="range">} as a Vaadin field of whole numbers. Vaadin 24.9's core has no slider,
 * and the browser's own is keyboard accessible (arrow keys, Home/End) and labelled like any input, so a
 * thin wrapper beats an add-on. The value reaches the server on "change": at the end of a drag or on each
 * key press, so re-ranking follows the hand without a request per pixel.
 */
@Tag("input")
public class RangeSlider extends AbstractSinglePropertyField<RangeSlider, Integer> implements Focusable<RangeSlider>, HasAriaLabel {

    public RangeSlider(int min, int max, int step, int value) {
        super("value", value, String.class, RangeSlider::parse, String::valueOf);
        getElement().setAttribute("type", "range");
        getElement().setAttribute("min", String.valueOf(min));
        getElement().setAttribute("max", String.valueOf(max));
        getElement().setAttribute("step", String.valueOf(step));
        // The attribute is the initial value; the browser applies it after min, max and step, so it is never clamped.
        getElement().setAttribute("value", String.valueOf(value));
        getElement().setProperty("value", String.valueOf(value));
        setSynchronizedEvent("change");
    }

    private static Integer parse(String text) {
        try {
            return text == null || text.isBlank() ? null : (int) Math.round(Double.parseDouble(text));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
