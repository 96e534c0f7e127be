package com.reelwise.api;

import com.reelwise.training.ModelStatus;
import com.reelwise.ops.ServiceState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whether each model is loading, training (with progress), ready or unavailable, and why. */
@RestController
@Tag(name = "Models", description = "State of the trained models.")
class ModelController {

    private final ServiceState state;

    ModelController(ServiceState state) {
        this.state = state;
    }

    @GetMapping("/api/models")
    @Operation(summary = "Model states", description = "Each model's state: loading, training (with progress 0-1), ready, or "
            + "unavailable with the sentence that says how to fix it.")
    ItemsResponse<ModelStatus> models() {
        return new ItemsResponse<>(state.models());
    }
}
