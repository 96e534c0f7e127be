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
        RouterLink myFilms = new RouterLink("My films", MyFilmsView.class);
        RouterLink map = new RouterLink("Map", MapView.class);
        RouterLink users = new RouterLink("Users", UsersView.class);
        RouterLink metrics = new RouterLink("Metrics", MetricsView.class);
        RouterLink about = new RouterLink("About", AboutView.class);
        HorizontalLayout nav = new HorizontalLayout(search, recommend, myFilms, map, users, metrics, about);
        nav.addClassName("nav");
        nav.getElement().setAttribute("aria-label", "Main");
        nav.getElement().setAttribute("role", "navigation");
        HorizontalLayout header = new HorizontalLayout(brand, tagline, nav, new ThemeToggle());
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.addClassName("app-header");
        addToNavbar(header);
        addToNavbar(statusBanner);
    }
}
