package com.reelwise.api;

import com.reelwise.training.ModelStatus;
import com.reelwise.training.NcfModelManager;
import com.reelwise.training.TextModelManager;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whether each model is loading, training (with progress), ready or unavailable, and why. */
@RestController
class ModelController {

    private final NcfModelManager ncf;
    private final TextModelManager text;

    ModelController(NcfModelManager ncf, TextModelManager text) {
        this.ncf = ncf;
        this.text = text;
    }

    @GetMapping("/api/models")
    ItemsResponse<ModelStatus> models() {
        return new ItemsResponse<>(List.of(ncf.status(), text.status()));
    }
}
