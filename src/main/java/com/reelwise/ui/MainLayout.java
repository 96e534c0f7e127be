package com.reelwise.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;

/** The frame around every page: brand and navigation. */
public class MainLayout extends AppLayout {

    public MainLayout(StatusBanner statusBanner) {
        H1 brand = new H1("Reelwise");
        brand.addClassName("brand");
        Span tagline = new Span("movies you'll love, and why");
        tagline.addClassName("brand-tagline");
        RouterLink search = new RouterLink("Search", SearchView.class);
        RouterLink recommend = new RouterLink("Recommend", RecommendView.class);
        HorizontalLayout nav = new HorizontalLayout(search, recommend);
        nav.addClassName("nav");
        HorizontalLayout header = new HorizontalLayout(brand, tagline, nav);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.addClassName("app-header");
        addToNavbar(header);
        addToNavbar(statusBanner);
    }
}
