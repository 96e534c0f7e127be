package com.reelwise;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Reelwise: a movie recommender web app. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("reelwise")
@PWA(name = "Reelwise", shortName = "Reelwise")
public class ReelwiseApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(ReelwiseApplication.class, args);
    }
}
