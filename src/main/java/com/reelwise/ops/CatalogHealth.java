package com.reelwise.ops;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness: the app is worth sending people to once the catalog is loaded and searchable. Models
 * do not count (see {@link ModelsHealth}): the popular method serves while they load or train.
 */
// Spring names the indicator after the bean without its suffix: "catalog" in /actuator/health.
@Component("catalogHealthIndicator")
class CatalogHealth implements HealthIndicator {

    private final ServiceState state;

    CatalogHealth(ServiceState state) {
        this.state = state;
    }

    @Override
    public Health health() {
        Health.Builder health = state.catalogReady() ? Health.up() : Health.outOfService();
        health.withDetail("movies", state.catalogSize());
        if (!state.catalogNotices().isEmpty()) {
            health.withDetail("notices", state.catalogNotices());
        }
        return health.build();
    }
}
