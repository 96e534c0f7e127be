package com.reelwise.results;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/evaluation}: the newest result per (data set, protocol, method), optionally filtered.
 * Missing or damaged result files give fewer rows (and a log line), never an error.
 */
@RestController
class EvaluationController {

    private final EvaluationResults results;

    EvaluationController(EvaluationResults results) {
        this.results = results;
    }

    @GetMapping("/api/evaluation")
    List<EvaluationRow> evaluation(@RequestParam(required = false) String dataset,
                                   @RequestParam(required = false) String protocol,
                                   @RequestParam(required = false) String method) {
        return results.latest().filter(dataset, protocol, method);
    }
}
