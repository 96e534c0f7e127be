package com.reelwise.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;

/** A labelled {@link RangeSlider} from 0 to 100 with words at both ends and the current value. */
public class SliderField extends Div {

    private final RangeSlider slider;
    private final Span readout = new Span();

    public SliderField(String id, String label, String left, String right, int value) {
        addClassName("slider-field");
        slider = new RangeSlider(0, 100, 5, value);
        slider.setId(id);
        NativeLabel caption = new NativeLabel(label);
        caption.setFor(id);
        Span leftEnd = new Span(left);
        Span rightEnd = new Span(right);
        leftEnd.addClassName("end");
        rightEnd.addClassName("end");
        readout.addClassName("readout");
        Div track = new Div(leftEnd, slider, rightEnd);
        track.addClassName("track");
        add(caption, readout, track);
        showValue(value);
        slider.addValueChangeListener(e -> showValue(e.getValue()));
    }

    private void showValue(Integer value) {
        readout.setText(value == null ? "" : String.format("%.2f", value / 100.0));
    }

    public RangeSlider slider() {
        return slider;
    }

    /** The value as a fraction from 0 to 1. */
    public double fraction() {
        Integer value = slider.getValue();
        return value == null ? 0 : Math.max(0, Math.min(100, value)) / 100.0;
    }
}
