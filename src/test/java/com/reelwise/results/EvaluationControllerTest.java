package com.reelwise.results;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/evaluation} over generated result files, a corrupt one among them. */
@WebMvcTest(controllers = EvaluationController.class)
class EvaluationControllerTest {

    static final Path DIR = fixture();

    @TestConfiguration
    static class Fixture {
        @Bean
        EvaluationResults evaluationResults() {
            return new EvaluationResults(DIR);
        }
    }

    @Autowired
    MockMvc mvc;

    private static Path fixture() {
        try {
            return ResultFixtures.write(Files.createTempDirectory("reelwise-results"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void rowsHaveTheAgreedShape() throws Exception {
        mvc.perform(get("/api/evaluation").param("protocol", "loo-99neg").param("method", "ease"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].dataset").value("ml-latest-small"))
                .andExpect(jsonPath("$[0].protocol").value("loo-99neg"))
                .andExpect(jsonPath("$[0].method").value("ease"))
                .andExpect(jsonPath("$[0].metrics['HR@10']").value(0.75))
                .andExpect(jsonPath("$[0].metrics['NDCG@10']").value(0.53))
                .andExpect(jsonPath("$[0].seed").value(42))
                .andExpect(jsonPath("$[0].users").value(610))
                .andExpect(jsonPath("$[0].config.negatives").value(99))
                .andExpect(jsonPath("$[0].date").value("2026-01-01T10:00:00Z"));
    }

    @Test
    void filtersCombineAndCorruptFilesOnlyDropTheirRows() throws Exception {
        mvc.perform(get("/api/evaluation").param("dataset", "ml-latest-small").param("protocol", "full-ranking"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[2].method").value("hybrid"))
                .andExpect(jsonPath("$[2].alpha").value(0.6));
        mvc.perform(get("/api/evaluation").param("protocol", "cold-start")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/evaluation").param("method", "hybrid-a0.50").param("protocol", "loo-99neg"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].alpha").value(0.5))
                .andExpect(jsonPath("$[0].metrics['ILD@10']").value(0.6))
                .andExpect(jsonPath("$[0].modelConfig.validationMetric").value("NDCG@20"));
    }

    @Test
    void unknownFilterGivesAnEmptyList() throws Exception {
        mvc.perform(get("/api/evaluation").param("dataset", "nope")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }
}
