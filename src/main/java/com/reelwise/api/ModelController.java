package com.reelwise.api;

import com.reelwise.training.ModelStatus;
import com.reelwise.training.NcfModelManager;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whether each model is loading, training (with progress), ready or unavailable, and why. */
@RestController
class ModelController {

    private final NcfModelManager ncf;

    ModelController(NcfModelManager ncf) {
        this.ncf = ncf;
    }

    @GetMapping("/api/models")
    ItemsResponse<ModelStatus> models() {
        return new ItemsResponse<>(List.of(ncf.status()));
    }
}
