package com.reelwise.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The frame around every page: brand and, as pages are added, navigation. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 brand = new H1("Reelwise");
        brand.addClassName("brand");
        Span tagline = new Span("movies you'll love, and why");
        tagline.addClassName("brand-tagline");
        HorizontalLayout header = new HorizontalLayout(brand, tagline);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.addClassName("app-header");
        addToNavbar(header);
    }
}
