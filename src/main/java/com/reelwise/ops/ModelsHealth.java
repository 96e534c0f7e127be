package com.reelwise.ops;

import com.reelwise.training.ModelStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Each model's state as details. Always UP: a model that is training or damaged disables one
 * method with a sentence, it does not make the app unfit to serve, so readiness must not wait for it.
 */
@Component("modelsHealthIndicator")
class ModelsHealth implements HealthIndicator {

    private final ServiceState state;

    ModelsHealth(ServiceState state) {
        this.state = state;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        for (ModelStatus model : state.models()) {
            details.put(model.model(), Map.of("state", model.state().name(),
                    "progress", Math.round(model.fraction() * 100), "message", model.message()));
        }
        return Health.up().withDetails(details).build();
    }
}
